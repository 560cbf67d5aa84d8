package intake.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import intake.support.CompanyFiles;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import flow end to end through HTTP. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ImportFlowContract {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void swedishWindows1252FileImportsEachCompanyOnceWithAllItsContacts() {
		CompanyFiles.Generated file = CompanyFiles.swedish(25, 42, WINDOWS_1252);
		JsonNode job = upload("kunder.csv", file.bytes(), Map.of());
		assertThat(job.get("status").asString()).isEqualTo("MAPPING");
		assertThat(job.get("encoding").asString()).isEqualTo("windows-1252");
		assertThat(job.get("encodingDetected").asBoolean()).isTrue();
		assertThat(job.get("delimiter").asString()).isEqualTo(";");
		assertThat(job.get("rows").get("total").asLong()).isEqualTo(file.contacts());
		assertThat(fields(job)).containsExactly("CompanyName", "CompanyGovNo", "CompanyId", "CompanyPostStreet",
				"CompanyPostPostcode", "CompanyPostCity", "CompanyPhone", "CompanyEmail", "ContactFirstName",
				"ContactLastName", "ContactRoleEmail", "ContactRolePosition");
		assertThat(job.get("columns").get(0).get("header").asString()).isEqualTo("Företagsnamn");
		assertThat(job.get("columns").get(0).get("samples").get(0).asString()).isEqualTo("Älvdalens Trä AB");
		String id = job.get("id").asString();

		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=5"));
		assertThat(preview.get("rows").get("total").asLong()).isEqualTo(file.contacts());
		assertThat(preview.get("rows").get("invalid").asLong()).isZero();
		assertThat(preview.get("summary").get("companies").get("created").asLong()).isEqualTo(25);
		assertThat(preview.get("summary").get("contacts").get("created").asLong()).isEqualTo(file.contacts());
		assertThat(preview.get("items")).hasSize(5);
		assertThat(preview.get("items").get(0).get("line").asLong()).isEqualTo(2);
		assertThat(preview.get("items").get(0).get("status").asString()).isEqualTo("CREATE");

		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("rows").get("imported").asLong()).isEqualTo(file.contacts());
		assertThat(done.get("rows").get("failed").asLong()).isZero();
		assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(25);
		assertThat(done.get("counts").get("contacts").get("created").asLong()).isEqualTo(file.contacts());
		assertThat(done.get("undoableUntil").isNull()).isFalse();

		JsonNode companies = ok(this.http.get("/api/v1/records/companies?limit=1000&importJobId=" + id));
		assertThat(companies.get("total").asLong()).isEqualTo(25);
		List<String> names = new ArrayList<>();
		companies.get("items").forEach((c) -> names.add(c.get("CompanyName").asString()));
		assertThat(names).containsExactlyInAnyOrderElementsOf(file.companyNames());
		JsonNode quoted = ok(this.http.get("/api/v1/records/companies?CompanyName="
				+ java.net.URLEncoder.encode("Örebro \"Bygg\" & Co AB", StandardCharsets.UTF_8)));
		assertThat(quoted.get("total").asLong()).isEqualTo(1);
		JsonNode company = quoted.get("items").get(0);
		assertThat(company.get("CompanyPostStreet").asString()).isEqualTo("Storgatan 2; uppgång B");
		assertThat(company.get("CompanyPostCity").asString()).isEqualTo("Västerås");
		assertThat(company.get("CompanyId").asString()).isEqualTo("00101");
		assertThat(company.get("kind").asString()).isEqualTo("customer");
		assertThat(company.get("version").asLong()).isEqualTo(1);
		assertThat(company.get("importJobId").asString()).isEqualTo(id);

		JsonNode contacts = ok(this.http.get("/api/v1/records/contacts?limit=1000&importJobId=" + id));
		assertThat(contacts.get("total").asLong()).isEqualTo(file.contacts());
		JsonNode ofCompany = ok(this.http.get("/api/v1/records/contacts?companyId=" + company.get("id").asString()));
		assertThat(ofCompany.get("total").asLong()).isBetween(1L, 5L);
		JsonNode contact = ofCompany.get("items").get(0);
		assertThat(contact.get("ContactRolePosition").asString()).isEqualTo("Ekonomichef; \"vice\" VD");
		assertThat(contact.get("ContactFirstName").asString()).matches("[ÅÖMGLHSÄ].*");
		assertThat(contact.get("ContactRoleEmail").asString()).startsWith("kontakt1.");

		// The same file again: every company exists, every contact is already stored on
		// it.
		JsonNode again = upload("kunder.csv", file.bytes(), Map.of());
		String againId = again.get("id").asString();
		JsonNode againPreview = ok(this.http.get("/api/v1/imports/" + againId + "/preview?limit=1"));
		assertThat(againPreview.get("summary").get("companies").get("skipped").asLong()).isEqualTo(25);
		assertThat(againPreview.get("summary").get("companies").get("created").asLong()).isZero();
		assertThat(againPreview.get("items").get(0).get("status").asString()).isEqualTo("SKIP");
		JsonNode againDone = startAndWait(againId);
		assertThat(againDone.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(againDone.get("counts").get("companies").get("skipped").asLong()).isEqualTo(25);
		assertThat(againDone.get("counts").get("contacts").get("skipped").asLong()).isEqualTo(file.contacts());
		assertThat(againDone.get("counts").get("contacts").get("created").asLong()).isZero();
		assertThat(ok(this.http.get("/api/v1/records/contacts?importJobId=" + againId)).get("total").asLong()).isZero();
	}

	@Test
	void norwegianUtf8BomCommaFileKeepsLeadingZeroPostcodeAndTwoLineAddress() {
		String text = "Firmanavn,Organisasjonsnummer,Adresse,Postnummer,Poststed,Land,Kontaktperson fornavn,"
				+ "Kontaktperson etternavn\r\n"
				+ "Fjordkraft Øst AS,NO 923 609 016 MVA,\"c/o Hansen\r\nKarl Johans gate 1\",0150,Oslo,Norge,Kari,Nordmann\r\n"
				+ "Bærum Båt AS,914778271,Sandvika 2,1337,Sandvika,Norge,Åse,Bøe\r\n"
				+ "Fjordkraft Øst AS,923609016,\"c/o Hansen\r\nKarl Johans gate 1\",0150,Oslo,Norge,Ola,Nordmann\r\n";
		JsonNode job = upload("bedrifter.csv", CompanyFiles.utf8Bom(text), Map.of());
		assertThat(job.get("encoding").asString()).isEqualTo("UTF-8");
		assertThat(job.get("delimiter").asString()).isEqualTo(",");
		assertThat(job.get("rows").get("total").asLong()).isEqualTo(3);
		assertThat(fields(job)).startsWith("CompanyName", "CompanyGovNo", "CompanyPostStreet", "CompanyPostPostcode",
				"CompanyPostCity", "CompanyCountry");
		String id = job.get("id").asString();
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview"));
		List<Long> lines = new ArrayList<>();
		preview.get("items").forEach((item) -> lines.add(item.get("line").asLong()));
		// The second Fjordkraft row is not adjacent to the first; it still joins its
		// company.
		assertThat(lines).containsExactly(2L, 4L, 5L);
		assertThat(preview.get("summary").get("companies").get("created").asLong()).isEqualTo(2);

		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(2);
		assertThat(done.get("counts").get("contacts").get("created").asLong()).isEqualTo(3);
		JsonNode companies = ok(this.http.get("/api/v1/records/companies?importJobId=" + id + "&sort=CompanyName"));
		JsonNode fjord = companies.get("items").get(1);
		assertThat(fjord.get("CompanyName").asString()).isEqualTo("Fjordkraft Øst AS");
		assertThat(fjord.get("CompanyPostPostcode").asString()).isEqualTo("0150");
		assertThat(fjord.get("CompanyPostStreet").asString()).isEqualTo("c/o Hansen\r\nKarl Johans gate 1");
		assertThat(fjord.get("CompanyCountry").asString()).isEqualTo("NO");
		assertThat(fjord.get("CompanyGovNo").asString()).isEqualTo("NO 923 609 016 MVA");
		assertThat(ok(this.http.get("/api/v1/records/contacts?companyId=" + fjord.get("id").asString())).get("total")
			.asLong()).isEqualTo(2);
	}

	@Test
	void invalidRowsAreReportedByLineAndTheValidOnesImported() {
		String text = "Företagsnamn;Organisationsnummer;E-post;Kontaktperson förnamn\r\n"
				+ "Alfa AB;556016-0680;info@alfa.se;Anna\r\n" // 2 valid
				+ ";556677-8899;info@tom.se;Berit\r\n" // 3 no name
				+ "Gamma AB;;inte-en-adress;Carl\r\n" // 4 bad e-mail
				+ "Delta AB;;info@delta.se\r\n" // 5 ragged: 3 fields for 4
				+ "Epsilon AB;;info@epsilon.se;Eva\r\n"; // 6 valid
		JsonNode job = upload("fel.csv", text.getBytes(WINDOWS_1252), Map.of());
		String id = job.get("id").asString();
		JsonNode problems = ok(this.http.get("/api/v1/imports/" + id + "/preview?only=problems"));
		assertThat(problems.get("rows").get("total").asLong()).isEqualTo(5);
		assertThat(problems.get("rows").get("invalid").asLong()).isEqualTo(3);
		assertThat(problems.get("rows").get("valid").asLong()).isEqualTo(2);
		List<Long> invalidLines = new ArrayList<>();
		problems.get("items").forEach((item) -> {
			if (item.get("status").asString().equals("INVALID")) {
				invalidLines.add(item.get("line").asLong());
				assertThat(item.get("errors").get(0).get("message").asString()).isNotBlank();
			}
		});
		assertThat(invalidLines).containsExactly(3L, 4L, 5L);
		JsonNode badEmail = problems.get("items").get(1);
		assertThat(badEmail.get("errors").get(0).get("field").asString()).isEqualTo("CompanyEmail");
		assertThat(badEmail.get("errors").get(0).get("column").asInt()).isEqualTo(2);
		assertThat(badEmail.get("errors").get(0).get("value").asString()).isEqualTo("inte-en-adress");

		Http.Response csv = this.http.get("/api/v1/imports/" + id + "/problems.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFFLine;Error;Företagsnamn");
		assertThat(csv.body()).contains("\r\n4;").contains("inte-en-adress");

		JsonNode abort = this.http.post("/api/v1/imports/" + id + "/start", "{\"onError\": \"ABORT\"}").json();
		assertThat(abort.get("error").asString()).isEqualTo("VALIDATION");

		JsonNode done = startAndWait(id, "{\"onError\": \"SKIP_ROW\"}");
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("rows").get("imported").asLong()).isEqualTo(2);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(3);
		assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(2);
		assertThat(ok(this.http.get("/api/v1/records/companies?importJobId=" + id)).get("total").asLong()).isEqualTo(2);
	}

	@Test
	void theStoredFileIsReadAgainWithTheUsersEncodingAndDelimiter() {
		CompanyFiles.Generated file = CompanyFiles.swedish(3, 7, WINDOWS_1252);
		String id = upload("kunder.csv", file.bytes(), Map.of()).get("id").asString();
		JsonNode comma = ok(this.http.put("/api/v1/imports/" + id + "/source", "{\"delimiter\": \",\"}"));
		assertThat(comma.get("delimiter").asString()).isEqualTo(",");
		assertThat(comma.get("delimiterDetected").asBoolean()).isFalse();
		assertThat(comma.get("columns")).hasSize(1);
		assertThat(comma.get("warnings").toString()).contains("one column");
		JsonNode latin1 = ok(this.http.put("/api/v1/imports/" + id + "/source",
				"{\"delimiter\": \";\", \"encoding\": \"ISO-8859-1\"}"));
		assertThat(latin1.get("encoding").asString()).isEqualTo("ISO-8859-1");
		assertThat(latin1.get("encodingDetected").asBoolean()).isFalse();
		assertThat(latin1.get("encodingConfidence").asDouble()).isEqualTo(1.0);
		assertThat(latin1.get("columns")).hasSize(12);
		assertThat(latin1.get("columns").get(0).get("header").asString()).isEqualTo("Företagsnamn");
		JsonNode utf8 = ok(this.http.put("/api/v1/imports/" + id + "/source", "{\"encoding\": \"UTF-8\"}"));
		assertThat(utf8.get("columns").get(0).get("header").asString()).isNotEqualTo("Företagsnamn");
		assertError(this.http.put("/api/v1/imports/" + id + "/source", "{\"encoding\": \"klingon-8\"}"), 422,
				"VALIDATION");
		assertError(this.http.put("/api/v1/imports/" + id + "/source", "{\"delimiter\": \";;\"}"), 422, "VALIDATION");
		JsonNode given = upload("kunder.csv", file.bytes(), Map.of("encoding", "windows-1252", "delimiter", ";"));
		assertThat(given.get("encodingDetected").asBoolean()).isFalse();
		assertThat(given.get("delimiterDetected").asBoolean()).isFalse();
		assertThat(given.get("columns").get(0).get("field").asString()).isEqualTo("CompanyName");
	}

	/**
	 * A multipart body with the parts in the order given: name → value, "file" → bytes.
	 */
	static byte[] multipart(String boundary, List<Map.Entry<String, byte[]>> parts) {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> part : parts) {
			String disposition = "file".equals(part.getKey())
					? "form-data; name=\"file\"; filename=\"kunder åäö.csv\"\r\nContent-Type: text/csv"
					: "form-data; name=\"" + part.getKey() + "\"";
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	@Test
	void formFieldsCountAfterTheFileAndInTheQueryString() {
		CompanyFiles.Generated file = CompanyFiles.swedish(3, 7, WINDOWS_1252);
		String boundary = "----intake-after";
		Http.Response after = this.http.postBody("/api/v1/imports", "multipart/form-data; boundary=" + boundary,
				multipart(boundary,
						List.of(Map.entry("file", file.bytes()),
								Map.entry("type", "companies".getBytes(StandardCharsets.UTF_8)),
								Map.entry("encoding", "ISO-8859-1".getBytes(StandardCharsets.UTF_8)),
								Map.entry("delimiter", ";".getBytes(StandardCharsets.UTF_8)))));
		assertThat(after.status()).as(after.body()).isEqualTo(201);
		JsonNode job = after.json();
		assertThat(job.get("fileName").asString()).isEqualTo("kunder åäö.csv");
		assertThat(job.get("encoding").asString()).isEqualTo("ISO-8859-1");
		assertThat(job.get("encodingDetected").asBoolean()).isFalse();
		assertThat(job.get("delimiterDetected").asBoolean()).isFalse();
		assertThat(job.get("columns").get(0).get("header").asString()).isEqualTo("Företagsnamn");
		assertThat(job.get("rows").get("total").asLong()).isEqualTo(file.contacts());

		Http.Response query = this.http.postBody("/api/v1/imports?type=companies&headerRow=1",
				"multipart/form-data; boundary=" + boundary,
				multipart(boundary, List.of(Map.entry("file", file.bytes()))));
		assertThat(query.status()).as(query.body()).isEqualTo(201);
		assertThat(query.json().get("encoding").asString()).isEqualTo("windows-1252");
		assertThat(query.json().get("columns").get(0).get("field").asString()).isEqualTo("CompanyName");

		assertError(this.http.upload("/api/v1/imports", Map.of("type", "companies", "headerRow", "zwei"), "a.csv",
				file.bytes()), 400, "BAD_REQUEST");
		List<Map.Entry<String, byte[]>> many = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.add(Map.entry("extra" + i, "x".getBytes(StandardCharsets.UTF_8)));
		}
		many.add(Map.entry("type", "companies".getBytes(StandardCharsets.UTF_8)));
		many.add(Map.entry("file", file.bytes()));
		assertError(this.http.postBody("/api/v1/imports", "multipart/form-data; boundary=" + boundary,
				multipart(boundary, many)), 400, "BAD_REQUEST");
		byte[] whole = multipart(boundary, List.of(Map.entry("type", "companies".getBytes(StandardCharsets.UTF_8)),
				Map.entry("file", file.bytes())));
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length - boundary.length() - 10);
		assertError(this.http.postBody("/api/v1/imports", "multipart/form-data; boundary=" + boundary, cut), 400,
				"MISSING_FILE");
	}

	@Test
	void badRequestsAnswerTheDocumentedErrorCodes() {
		assertError(this.http.upload("/api/v1/imports", Map.of("type", "companies"), null, null), 400, "MISSING_FILE");
		assertError(this.http.upload("/api/v1/imports", Map.of("type", "companies"), "tom.csv", new byte[0]), 422,
				"EMPTY_FILE");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
				0, 0, 1, 0, 8, 6, 0, 0, 0 };
		assertError(this.http.upload("/api/v1/imports", Map.of("type", "companies"), "bild.csv", png), 422, "NOT_TEXT");
		assertError(this.http.upload("/api/v1/imports", Map.of("type", "kunder"), "a.csv", "A;B\r\n1;2\r\n".getBytes()),
				422, "UNKNOWN_TYPE");
		assertError(this.http.upload("/api/v1/imports", Map.of("type", "companies", "headerRow", "2"), "a.csv",
				"Namn;Ort\r\n\r\n".getBytes()), 422, "NO_HEADER");
		assertError(this.http.get("/api/v1/imports/00000000-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
		assertError(this.http.get("/api/v1/imports/not-a-job"), 404, "NOT_FOUND");

		JsonNode job = upload("a.csv", "Företagsnamn;Ort;Stad\r\nAlfa AB;Lund;Lund\r\n".getBytes(WINDOWS_1252),
				Map.of());
		String id = job.get("id").asString();
		Http.Response duplicate = this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"columns\": {\"1\": \"CompanyPostCity\", \"2\": \"CompanyPostCity\"}}");
		assertError(duplicate, 422, "DUPLICATE_FIELD");
		assertThat(duplicate.json().get("details")).hasSize(2);
		assertError(this.http.put("/api/v1/imports/" + id + "/mapping", "{\"columns\": {\"1\": \"NoSuchField\"}}"), 422,
				"UNKNOWN_FIELD");
		assertError(this.http.put("/api/v1/imports/" + id + "/mapping", "{\"columns\": {\"1\": \"ProductNo\"}}"), 422,
				"UNKNOWN_FIELD");
		assertThat(fields(ok(this.http.get("/api/v1/imports/" + id)))).contains("CompanyName");
		assertError(this.http.put("/api/v1/imports/" + id + "/options", "{\"onError\": \"MAYBE\"}"), 422, "VALIDATION");
		assertError(this.http.put("/api/v1/imports/" + id + "/mapping", "{\"columns\": {\"0\": null}}"), 200, null);
		JsonNode unmapped = ok(this.http.get("/api/v1/imports/" + id));
		assertThat(unmapped.get("missingRequired").get(0).asString()).isEqualTo("CompanyName");
		assertError(this.http.post("/api/v1/imports/" + id + "/start", null), 422, "MISSING_REQUIRED");
		assertError(this.http.put("/api/v1/imports/" + id + "/mapping", "{\"columns\": {\"0\": \"CompanyName\"}}"), 200,
				null);
		startAndWait(id);
		assertError(this.http.post("/api/v1/imports/" + id + "/start", null), 409, "WRONG_STATE");
		assertError(this.http.put("/api/v1/imports/" + id + "/mapping", "{\"columns\": {\"1\": null}}"), 409,
				"WRONG_STATE");
		assertError(this.http.get("/api/v1/records/nothing"), 404, "NOT_FOUND");
		assertError(this.http.get("/api/v1/records/companies?Shoe=1"), 422, "UNKNOWN_FIELD");
	}

	@Test
	void importTypesHistoryAndOpenApiAreServed() {
		JsonNode types = ok(this.http.get("/api/v1/import-types"));
		assertThat(types).hasSize(13);
		JsonNode companies = types.get(0);
		assertThat(companies.get("type").asString()).isEqualTo("companies");
		assertThat(companies.get("defaultMode").asString()).isEqualTo("CREATE");
		JsonNode name = companies.get("fields").get(1);
		assertThat(name.get("key").asString()).isEqualTo("CompanyName");
		assertThat(name.get("required").asBoolean()).isTrue();
		assertThat(name.get("maxLength").asInt()).isEqualTo(200);

		String first = upload("a.csv", "Företagsnamn\r\nAlfa AB\r\n".getBytes(WINDOWS_1252), Map.of()).get("id")
			.asString();
		String second = upload("b.csv", "Företagsnamn\r\nBeta AB\r\n".getBytes(WINDOWS_1252), Map.of()).get("id")
			.asString();
		JsonNode history = ok(this.http.get("/api/v1/imports?limit=2"));
		assertThat(history.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(history.get("items").get(0).get("id").asString()).isEqualTo(second);
		assertThat(history.get("items").get(1).get("id").asString()).isEqualTo(first);

		Http.Response docs = this.http.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/imports/{id}/preview");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyStoredFieldHasItsColumnInTheMigratedSchema() {
		assertThat(intake.crm.CrmEntities.all()).hasSize(14);
		for (intake.crm.EntityTable table : intake.crm.CrmEntities.all()) {
			List<String> columns = new ArrayList<>(
					table.valueColumns().stream().map(intake.crm.EntityTable.Column::column).toList());
			assertThat(columns).as(table.entity()).isNotEmpty();
			table.links().forEach((link) -> columns.add(link.column()));
			long rows = this.jdbc
				.sql("SELECT COUNT(*) FROM (SELECT id, tenant_id, import_job_id, version, " + String.join(", ", columns)
						+ " FROM " + table.table() + ") t")
				.query(Long.class)
				.single();
			assertThat(rows).isGreaterThanOrEqualTo(0);
		}
	}

	JsonNode upload(String fileName, byte[] bytes, Map<String, String> extra) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(extra);
		fields.putIfAbsent("type", "companies");
		Http.Response response = this.http.upload("/api/v1/imports", fields, fileName, bytes);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	JsonNode startAndWait(String id) {
		return startAndWait(id, null);
	}

	JsonNode startAndWait(String id, String body) {
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", body);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = ok(this.http.get("/api/v1/imports/" + id));
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return job;
			}
			sleep();
		}
		throw new AssertionError("Import " + id + " did not finish in 60 s");
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static void assertError(Http.Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/json");
		if (code != null) {
			assertThat(response.json().get("error").asString()).isEqualTo(code);
			assertThat(response.json().get("message").asString()).isNotBlank();
		}
	}

	static List<String> fields(JsonNode job) {
		List<String> fields = new ArrayList<>();
		job.get("columns").forEach((c) -> fields.add(c.get("field").isNull() ? null : c.get("field").asString()));
		return fields;
	}

}
