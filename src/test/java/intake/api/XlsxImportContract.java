package intake.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import intake.support.Http;
import intake.support.TestWorkbook;
import intake.support.TestWorkbook.Formula;

import static intake.api.ImportFlowContract.assertError;
import static intake.api.ImportFlowContract.fields;
import static intake.api.ImportFlowContract.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Excel workbook imported end to end through HTTP: two sheets (the first non-empty one
 * is the default, the other chosen with {@code PUT …/source}), a title row above the
 * header, a formula column read by its cached value, text customer numbers with leading
 * zeros, å/ä/ö, dates and booleans. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class XlsxImportContract {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	static byte[] workbook() {
		return TestWorkbook.create()
			.sheet("Instruktioner", List.of(List.of("Fyll i fliken Kunder och ladda upp filen.")))
			.sheet("Kunder", Arrays.asList(List.of("Kundregister \u2013 export 2024-05-01"), null,
					List.of("Kundnr", "Grundnamn", "Företagsnamn", "Ort", "Registreringsdatum", "Är leverantör",
							"Kontaktperson förnamn", "Kontaktperson efternamn"),
					customer(4, "0123", "Åkesson Trä", "Örebro", LocalDate.of(2019, 3, 15), true, "Åsa", "Öberg"),
					customer(5, "0123", "Åkesson Trä", "Örebro", LocalDate.of(2019, 3, 15), true, "Björn", "Ärlig"),
					customer(6, "0456", "Bäck & Co", "Luleå", LocalDate.of(2020, 12, 31), false, "Örjan", "Åström"),
					customer(7, "0789", "Gävle Hamn", "Gävle", LocalDate.of(2021, 1, 1), false, "Ängla", "Lind"),
					customer(8, "0999", "", "Umeå", LocalDate.of(2022, 6, 1), false, "Nils", "Holm")))
			.bytes();
	}

	private static List<Object> customer(int row, String number, String name, String city, LocalDate registered,
			boolean supplier, String first, String last) {
		Formula companyName = new Formula("IF(B" + row + "=\"\",\"\",B" + row + "&\" AB\")",
				name.isEmpty() ? "" : name + " AB");
		return Arrays.asList(number, name.isEmpty() ? null : name, companyName, city, registered, supplier, first,
				last);
	}

	@Test
	void aWorkbookWithATitleRowTwoSheetsAndAFormulaColumnImports() {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.xlsx",
				workbook());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		JsonNode job = uploaded.json();
		assertThat(job.get("format").asString()).isEqualTo("xlsx");
		assertThat(job.get("sheets").toString()).isEqualTo("[\"Instruktioner\",\"Kunder\"]");
		assertThat(job.get("sheet").asString()).isEqualTo("Instruktioner");
		assertThat(job.get("encoding").isNull()).isTrue();
		assertThat(job.get("delimiter").isNull()).isTrue();
		String id = job.get("id").asString();

		assertError(this.http.put("/api/v1/imports/" + id + "/source", "{\"sheet\": \"Kunder\", \"headerRow\": 2}"),
				422, "NO_HEADER");
		assertError(this.http.put("/api/v1/imports/" + id + "/source", "{\"sheet\": \"Leverantörer\"}"), 422,
				"VALIDATION");

		job = ok(this.http.put("/api/v1/imports/" + id + "/source", "{\"sheet\": \"Kunder\"}"));
		assertThat(job.get("sheet").asString()).isEqualTo("Kunder");
		assertThat(job.get("headerRow").asInt()).isEqualTo(3);
		assertThat(job.get("warnings").toString()).contains("Row 3 was taken as the header");
		assertThat(job.get("rows").get("total").asLong()).isEqualTo(5);
		assertThat(fields(job)).as(job.get("columns").toString())
			.containsExactly("CompanyId", null, "CompanyName", "CompanyPostCity", "CompanyDateRegistrered",
					"CompanySupplier", "ContactFirstName", "ContactLastName");
		assertThat(job.get("columns").get(0).get("samples").get(0).asString()).isEqualTo("0123");
		assertThat(job.get("columns").get(2).get("samples").get(0).asString()).isEqualTo("Åkesson Trä AB");

		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=10"));
		assertThat(preview.get("rows").get("total").asLong()).isEqualTo(5);
		assertThat(preview.get("rows").get("invalid").asLong()).isEqualTo(1);
		assertThat(preview.get("summary").get("companies").get("created").asLong()).isEqualTo(3);
		assertThat(preview.get("summary").get("contacts").get("created").asLong()).isEqualTo(4);
		JsonNode first = preview.get("items").get(0);
		assertThat(first.get("line").asLong()).isEqualTo(4);
		assertThat(first.get("values").get("CompanyDateRegistrered").asString()).isEqualTo("2019-03-15");

		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.get("rows").get("imported").asLong()).isEqualTo(4);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(1);
		assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(3);
		assertThat(done.get("counts").get("contacts").get("created").asLong()).isEqualTo(4);

		JsonNode companies = ok(this.http.get("/api/v1/records/companies?limit=100&sort=CompanyId&importJobId=" + id));
		assertThat(companies.get("total").asLong()).isEqualTo(3);
		List<String> numbers = new ArrayList<>();
		List<String> names = new ArrayList<>();
		companies.get("items").forEach((c) -> {
			numbers.add(c.get("CompanyId").asString());
			names.add(c.get("CompanyName").asString());
		});
		assertThat(numbers).containsExactly("0123", "0456", "0789");
		assertThat(names).containsExactly("Åkesson Trä AB", "Bäck & Co AB", "Gävle Hamn AB");
		JsonNode akesson = companies.get("items").get(0);
		assertThat(akesson.get("CompanyPostCity").asString()).isEqualTo("Örebro");
		assertThat(akesson.get("CompanyDateRegistrered").asString()).isEqualTo("2019-03-15");
		assertThat(akesson.get("CompanySupplier").asBoolean()).isTrue();
		assertThat(companies.get("items").get(2).get("CompanyDateRegistrered").asString()).isEqualTo("2021-01-01");
		assertThat(companies.get("items").get(2).get("CompanySupplier").asBoolean()).isFalse();

		JsonNode contacts = ok(this.http.get("/api/v1/records/contacts?limit=100&importJobId=" + id));
		List<String> contactNames = new ArrayList<>();
		contacts.get("items")
			.forEach((c) -> contactNames
				.add(c.get("ContactFirstName").asString() + " " + c.get("ContactLastName").asString()));
		assertThat(contactNames).containsExactlyInAnyOrder("Åsa Öberg", "Björn Ärlig", "Örjan Åström", "Ängla Lind");

		Http.Response errors = this.http.get("/api/v1/imports/" + id + "/errors.csv");
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.contentType()).startsWith("text/csv");
		String[] lines = errors.body().split("\r?\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).isEqualTo("\uFEFFLine;Error;Kundnr;Grundnamn;Företagsnamn;Ort;Registreringsdatum;"
				+ "Är leverantör;Kontaktperson förnamn;Kontaktperson efternamn");
		assertThat(lines[1]).startsWith("8;").endsWith(";0999;;;Umeå;2022-06-01;FALSE;Nils;Holm");
	}

	@Test
	void aChosenSheetAndNoHeaderNameTheColumnsAndReadEveryRow() {
		Http.Response uploaded = this.http.upload("/api/v1/imports",
				Map.of("type", "companies", "sheet", "Kunder", "headerRow", "0"), "kunder.xlsx", workbook());
		JsonNode job = ok(new Http.Response(uploaded.status() == 201 ? 200 : uploaded.status(), uploaded.body(),
				uploaded.contentType()));
		assertThat(job.get("headerRow").asInt()).isZero();
		assertThat(job.get("columns").get(0).get("header").asString()).isEqualTo("Column 1");
		assertThat(job.get("columns")).hasSize(8);
		assertThat(fields(job)).containsOnlyNulls();
		assertThat(job.get("rows").get("total").asLong()).as("title, header and five customers").isEqualTo(7);
	}

	@Test
	void theXlsxTemplateIsServedAsAWorkbook() {
		Http.Response template = this.http.get("/api/v1/import-types/companies/template.xlsx");
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(template.body()).startsWith("PK");
		assertError(this.http.get("/api/v1/import-types/nothing/template.xlsx"), 404, "NOT_FOUND");
	}

	@Test
	void workbooksThatCannotBeReadAreRefusedWithUnsupportedFile() {
		byte[] xls = new byte[2048];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, xls, 0, 8);
		Http.Response old = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv", xls);
		assertError(old, 422, "UNSUPPORTED_FILE");
		assertThat(old.json().get("message").asString()).contains(".xls").contains(".xlsx");
		byte[] whole = workbook();
		Http.Response damaged = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.xlsx",
				Arrays.copyOf(whole, whole.length - 200));
		assertError(damaged, 422, "UNSUPPORTED_FILE");
		Http.Response csvWithSheet = this.http.upload("/api/v1/imports", Map.of("type", "companies", "sheet", "Kunder"),
				"kunder.csv", "Företagsnamn;Ort\nÅkesson AB;Örebro\n".getBytes(StandardCharsets.UTF_8));
		assertError(csvWithSheet, 422, "VALIDATION");
	}

	private JsonNode startAndWait(String id) {
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = ok(this.http.get("/api/v1/imports/" + id));
			if (!job.get("status").asString().matches("QUEUED|RUNNING")) {
				return job;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("Import " + id + " did not finish in 60 s");
	}

}
