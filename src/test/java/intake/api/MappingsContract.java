package intake.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.support.Http;

import static intake.api.ImportFlowContract.fields;
import static intake.api.ImportFlowContract.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learned and named mappings, constants, value maps, combined and split columns end to
 * end through HTTP. Each test uses header spellings of its own and deletes the mappings
 * it made, so learned mappings of other tests on a shared database do not interfere.
 * Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MappingsContract {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	private final Set<String> before = new HashSet<>();

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.before.addAll(mappingIds());
	}

	@AfterEach
	void forgetLearnedMappings() {
		for (String id : mappingIds()) {
			if (!this.before.contains(id)) {
				assertThat(this.http.delete("/api/v1/mappings/" + id).status()).isEqualTo(204);
			}
		}
	}

	@Test
	void aSecondUploadWithTheSameHeadersMapsExactlyAsTheFirstWasMappedByHand() {
		String text = "Företagsnamn;Hemsida;Referens L1;Ort\r\nAlfa L1 AB;www.alfa.se;ALF;Lund\r\n";
		JsonNode first = upload(text);
		assertThat(fields(first)).containsExactly("CompanyName", "CompanyWebsite", null, "CompanyPostCity");
		String id = first.get("id").asString();
		// the website ignored on purpose, the reference a field the matcher would not
		// pick
		JsonNode mapped = ok(this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"columns\": {\"1\": null, \"2\": \"CompanyNickname\"}}"));
		assertThat(fields(mapped)).containsExactly("CompanyName", null, "CompanyNickname", "CompanyPostCity");
		assertThat(startAndWait(id).get("status").asString()).isEqualTo("COMPLETED");

		// the same headers in another order, spelled a little differently
		JsonNode second = upload("ort;REFERENS L1;Hemsida;Företagsnamn\r\nMalmö;BET;www.beta.se;Beta L1 AB\r\n");
		assertThat(fields(second)).containsExactly("CompanyPostCity", "CompanyNickname", null, "CompanyName");
		assertThat(second.get("columns").get(1).get("confidence").asDouble()).isEqualTo(1.0);
		assertThat(second.get("columns").get(1).get("reason").asString()).startsWith("Learned");
		assertThat(second.get("columns").get(2).get("suggestions").get(0).asString()).isEqualTo("CompanyWebsite");
		assertThat(second.get("missingRequired")).isEmpty();
		String secondId = second.get("id").asString();
		assertThat(startAndWait(secondId).get("status").asString()).isEqualTo("COMPLETED");
		JsonNode beta = ok(this.http.get("/api/v1/records/companies?importJobId=" + secondId)).get("items").get(0);
		assertThat(beta.get("CompanyName").asString()).isEqualTo("Beta L1 AB");
		assertThat(beta.get("CompanyNickname").asString()).isEqualTo("BET");
		assertThat(beta.get("CompanyWebsite").isNull()).isTrue();
		assertThat(beta.get("CompanyPostCity").asString()).isEqualTo("Malmö");

		// a new header set: the known header maps as learned, ahead of header matching
		JsonNode third = upload("Referens L1;Företagsnamn;Land\r\nGAM;Gamma L1 AB;SE\r\n");
		assertThat(fields(third)).containsExactly("CompanyNickname", "CompanyName", "CompanyCountry");
		assertThat(third.get("columns").get(0).get("confidence").asDouble()).isEqualTo(1.0);
		assertThat(third.get("columns").get(0).get("reason").asString()).contains("Learned")
			.contains("CompanyNickname");
		assertThat(third.get("constants")).isEmpty();

		JsonNode learned = ok(this.http.get("/api/v1/mappings?type=companies"));
		JsonNode mine = find(learned, "Hemsida");
		assertThat(mine.get("learned").asBoolean()).isTrue();
		assertThat(mine.get("name").isNull()).isTrue();
		assertThat(mine.get("useCount").asLong()).isEqualTo(2);
		assertThat(mine.get("headers").toString()).isEqualTo("[\"ort\",\"REFERENS L1\",\"Hemsida\",\"Företagsnamn\"]");
		assertThat(mine.get("columns").get(1).get("field").asString()).isEqualTo("CompanyNickname");
		assertThat(mine.get("columns").get(2).get("ignored").asBoolean()).isTrue();
	}

	@Test
	void constantsValueMapsCombinedAndSplitColumnsReachTheImportedRecords() {
		String text = "Bolag M2;Gata M2;Gata2 M2;Kontakt M2;Typ M2;Status M2\r\n"
				+ "Alfa M2 AB;Storgatan 1;Box 12;Anna Maria Berg;K;Aktiv\r\n"
				+ "Beta M2 AB;Lillgatan 2;;Berg, Anna;p;inaktiv \r\n" + "Gamma M2 AB;Torget 3;;Carl Ek;X;Aktiv\r\n";
		JsonNode job = upload(text);
		String id = job.get("id").asString();
		JsonNode mapped = ok(this.http.put("/api/v1/imports/" + id + "/mapping", """
				{"columns": {"0": "CompanyName", "4": "CompanyKind", "5": "CompanyIsCorporate"},
				 "constants": {"CompanyCountry": "NO"},
				 "valueMaps": {"4": {"K": "customer", "P": "lead"}, "5": {"Aktiv": "true", "Inaktiv": "false"}},
				 "combine": [{"field": "CompanyPostStreet", "columns": [1, 2], "separator": "\\n"}],
				 "split": [{"column": 3, "into": ["ContactFirstName", "ContactLastName"]}]}
				"""));
		assertThat(mapped.get("constants").get("CompanyCountry").asString()).isEqualTo("NO");
		assertThat(mapped.get("valueMaps").get("4").get("K").asString()).isEqualTo("customer");
		assertThat(mapped.get("combine").get(0).get("columns").toString()).isEqualTo("[1,2]");
		assertThat(mapped.get("split").get(0).get("into").get(1).asString()).isEqualTo("ContactLastName");
		assertThat(mapped.get("missingRequired")).isEmpty();

		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview"));
		assertThat(preview.get("rows").get("invalid").asLong()).isEqualTo(1);
		JsonNode alfa = preview.get("items").get(0).get("values");
		assertThat(alfa.get("CompanyPostStreet").asString()).isEqualTo("Storgatan 1\nBox 12");
		assertThat(alfa.get("CompanyCountry").asString()).isEqualTo("NO");
		JsonNode invalid = preview.get("items").get(2);
		assertThat(invalid.get("status").asString()).isEqualTo("INVALID");
		assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("CompanyKind");
		assertThat(invalid.get("errors").get(0).get("column").asInt()).isEqualTo(4);

		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("rows").get("imported").asLong()).isEqualTo(2);
		JsonNode companies = ok(this.http.get("/api/v1/records/companies?sort=CompanyName&importJobId=" + id));
		assertThat(companies.get("total").asLong()).isEqualTo(2);
		JsonNode first = companies.get("items").get(0);
		assertThat(first.get("CompanyName").asString()).isEqualTo("Alfa M2 AB");
		assertThat(first.get("CompanyPostStreet").asString()).isEqualTo("Storgatan 1\nBox 12");
		assertThat(first.get("CompanyCountry").asString()).isEqualTo("NO");
		assertThat(first.get("kind").asString()).isEqualTo("customer");
		assertThat(first.get("CompanyIsCorporate").asBoolean()).isTrue();
		JsonNode second = companies.get("items").get(1);
		assertThat(second.get("CompanyPostStreet").asString()).isEqualTo("Lillgatan 2");
		assertThat(second.get("kind").asString()).isEqualTo("lead");
		assertThat(second.get("CompanyIsCorporate").asBoolean()).isFalse();
		JsonNode contacts = ok(this.http.get("/api/v1/records/contacts?sort=ContactLastName&importJobId=" + id));
		List<String> names = new ArrayList<>();
		contacts.get("items")
			.forEach(
					(c) -> names.add(c.get("ContactFirstName").asString() + "/" + c.get("ContactLastName").asString()));
		assertThat(names).containsExactlyInAnyOrder("Anna Maria/Berg", "Anna/Berg");

		Http.Response errors = this.http.get("/api/v1/imports/" + id + "/errors.csv");
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.body()).contains("\r\n4;").contains("Gamma M2 AB;Torget 3;;Carl Ek;X;Aktiv");

		// the same headers again: constants, value maps, combination and split come back
		JsonNode again = upload(text);
		assertThat(again.get("constants").get("CompanyCountry").asString()).isEqualTo("NO");
		assertThat(again.get("valueMaps").get("5").get("Inaktiv").asString()).isEqualTo("false");
		assertThat(again.get("combine").get(0).get("field").asString()).isEqualTo("CompanyPostStreet");
		assertThat(again.get("split").get(0).get("column").asInt()).isEqualTo(3);
		assertThat(fields(again)).containsExactly("CompanyName", null, null, null, "CompanyKind", "CompanyIsCorporate");
	}

	@Test
	void aConstantForARequiredFieldCountsAsMappedAndCombiningReleasesTheColumnsOwnField() {
		JsonNode job = upload("Adress M3;Adress 2 M3;Namn M3\r\nStorgatan 1;Box 1;Alfa M3 AB\r\n");
		String id = job.get("id").asString();
		ok(this.http.put("/api/v1/imports/" + id + "/mapping", "{\"columns\": {\"0\": \"CompanyPostStreet\"}}"));
		JsonNode combined = ok(this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"columns\": {\"2\": null}, \"combine\": [{\"field\": \"CompanyPostStreet\", \"columns\": [0, 1]}]}"));
		assertThat(fields(combined)).containsExactly(null, null, null);
		assertThat(combined.get("missingRequired").toString()).contains("CompanyName");
		JsonNode constant = ok(this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"constants\": {\"CompanyName\": \"Samma AB\"}}"));
		assertThat(constant.get("missingRequired")).isEmpty();
		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		JsonNode company = ok(this.http.get("/api/v1/records/companies?importJobId=" + id)).get("items").get(0);
		assertThat(company.get("CompanyName").asString()).isEqualTo("Samma AB");
		assertThat(company.get("CompanyPostStreet").asString()).isEqualTo("Storgatan 1 Box 1");
	}

	@Test
	void conflictingOrUnknownMappingsAnswer422NamingTheColumnsAndChangeNothing() {
		JsonNode job = upload("Företagsnamn;Gata M4;Namn M4;Land M4\r\nAlfa M4 AB;Storgatan 1;Anna Berg;SE\r\n");
		String id = job.get("id").asString();
		String path = "/api/v1/imports/" + id + "/mapping";
		ok(this.http.put(path, "{\"columns\": {\"1\": \"CompanyPostStreet\", \"3\": \"CompanyCountry\"}}"));
		JsonNode before = ok(this.http.get("/api/v1/imports/" + id));

		JsonNode badConstant = refused(this.http.put(path, "{\"constants\": {\"CompanyEmail\": \"inte-en-adress\"}}"),
				"VALIDATION");
		assertThat(badConstant.get("details").get(0).get("field").asString()).isEqualTo("CompanyEmail");
		assertThat(badConstant.get("message").asString()).contains("CompanyEmail");

		JsonNode held = refused(this.http.put(path, "{\"constants\": {\"CompanyCountry\": \"NO\"}}"),
				"DUPLICATE_FIELD");
		assertThat(held.get("details").get(0).get("column").asInt()).isEqualTo(3);
		assertThat(held.get("message").asString()).contains("column 3");

		JsonNode twice = refused(
				this.http.put(path, "{\"combine\": [{\"field\": \"CompanyName\", \"columns\": [1, 2]}]}"),
				"DUPLICATE_FIELD");
		List<Integer> columns = new ArrayList<>();
		twice.get("details").forEach((d) -> columns.add(d.get("column").asInt()));
		assertThat(columns).containsExactly(0, 1, 2);

		JsonNode split = refused(
				this.http.put(path, "{\"columns\": {\"0\": \"ContactFirstName\"}, \"split\": [{\"column\": 2, \"into\":"
						+ " [\"ContactFirstName\", \"ContactLastName\"]}]}"),
				"DUPLICATE_FIELD");
		assertThat(split.get("details").get(0).get("column").asInt()).isEqualTo(0);

		refused(this.http.put(path, "{\"constants\": {\"NoSuchField\": \"1\"}}"), "UNKNOWN_FIELD");
		JsonNode otherType = refused(
				this.http.put(path, "{\"combine\": [{\"field\": \"ProductNo\", \"columns\": [1, 2]}]}"),
				"UNKNOWN_FIELD");
		assertThat(otherType.get("details").get(0).get("column").asInt()).isEqualTo(1);
		refused(this.http.put(path, "{\"valueMaps\": {\"9\": {\"a\": \"b\"}}}"), "VALIDATION");
		refused(this.http.put(path, "{\"combine\": [{\"field\": \"CompanyNote\", \"columns\": [1]}]}"), "VALIDATION");
		refused(this.http.put(path, "{\"split\": [{\"column\": 2, \"into\": [\"ContactFirstName\"]}]}"), "VALIDATION");

		JsonNode after = ok(this.http.get("/api/v1/imports/" + id));
		assertThat(after.get("columns")).isEqualTo(before.get("columns"));
		assertThat(after.get("constants")).isEmpty();
		assertThat(after.get("combine")).isEmpty();
		assertThat(after.get("split")).isEmpty();
		assertThat(after.get("valueMaps")).isEmpty();
	}

	@Test
	void aNamedMappingIsSavedListedAppliedAndDeleted() {
		JsonNode job = upload("Kund M5;Nummer M5;Fritext M5\r\nAlfa M5 AB;17;hej\r\n");
		String id = job.get("id").asString();
		ok(this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"columns\": {\"0\": \"CompanyName\", \"1\": \"CompanyId\", \"2\": \"CompanyNote\"},"
						+ " \"constants\": {\"CompanyCountry\": \"SE\"}}"));
		Http.Response created = this.http.post("/api/v1/mappings",
				"{\"name\": \"Fortnox export M5\", \"fromImport\": \"" + id + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode saved = created.json();
		String mappingId = saved.get("id").asString();
		assertThat(saved.get("name").asString()).isEqualTo("Fortnox export M5");
		assertThat(saved.get("learned").asBoolean()).isFalse();
		assertThat(saved.get("headers").toString()).isEqualTo("[\"Kund M5\",\"Nummer M5\",\"Fritext M5\"]");
		assertThat(saved.get("columns").get(1).get("field").asString()).isEqualTo("CompanyId");
		assertThat(saved.get("constants").get("CompanyCountry").asString()).isEqualTo("SE");
		assertThat(find(ok(this.http.get("/api/v1/mappings?type=companies")), "Nummer M5").get("id").asString())
			.isEqualTo(mappingId);
		assertThat(ok(this.http.get("/api/v1/mappings?type=products")).get("items").toString())
			.doesNotContain("Nummer M5");

		// another file with some of these columns and one of its own
		JsonNode other = upload("Fritext M5;Extra M5;Kund M5\r\nhopp;x;Beta M5 AB\r\n");
		// a saved mapping teaches its headers too
		assertThat(fields(other)).containsExactly("CompanyNote", null, "CompanyName");
		assertThat(other.get("columns").get(0).get("reason").asString()).contains("Fortnox export M5");
		assertThat(other.get("constants")).isEmpty();
		ok(this.http.put("/api/v1/imports/" + other.get("id").asString() + "/mapping",
				"{\"columns\": {\"0\": \"CompanyNickname\"}}"));
		JsonNode applied = ok(this.http.put("/api/v1/imports/" + other.get("id").asString() + "/mapping",
				"{\"mapping\": \"" + mappingId + "\"}"));
		assertThat(fields(applied)).containsExactly("CompanyNote", null, "CompanyName");
		assertThat(applied.get("columns").get(0).get("reason").asString()).contains("Fortnox export M5");
		assertThat(applied.get("constants").get("CompanyCountry").asString()).isEqualTo("SE");
		assertThat(ok(this.http.get("/api/v1/mappings/" + mappingId)).get("useCount").asLong()).isEqualTo(1);

		ImportFlowContract.assertError(this.http.put("/api/v1/imports/" + other.get("id").asString() + "/mapping",
				"{\"mapping\": \"999999999\"}"), 404, "NOT_FOUND");
		ImportFlowContract.assertError(
				this.http.post("/api/v1/mappings", "{\"name\": \"x\", \"fromImport\": \"no-such-job\"}"), 404,
				"NOT_FOUND");
		ImportFlowContract.assertError(
				this.http.post("/api/v1/mappings", "{\"name\": \" \", \"fromImport\": \"" + id + "\"}"), 422,
				"VALIDATION");
		ImportFlowContract.assertError(this.http.get("/api/v1/mappings?type=kunder"), 422, "UNKNOWN_TYPE");

		assertThat(this.http.delete("/api/v1/mappings/" + mappingId).status()).isEqualTo(204);
		ImportFlowContract.assertError(this.http.delete("/api/v1/mappings/" + mappingId), 404, "NOT_FOUND");
		ImportFlowContract.assertError(this.http.get("/api/v1/mappings/" + mappingId), 404, "NOT_FOUND");
	}

	@Test
	void anotherTenantsMappingIsNotFound() {
		long tenant = this.jdbc.sql("SELECT NEXTVAL('tenant_seq')").query(Long.class).single();
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", tenant)
			.param("name", "other-m6-" + tenant)
			.update();
		long id = this.jdbc.sql("SELECT NEXTVAL('saved_mapping_seq')").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO saved_mapping (id, tenant_id, type, name, header_key, mapping_json, created_at, used_at)
				VALUES (:id, :tenant, 'companies', 'Theirs M6', 'x', '{"columns": [{"header": "Namn M6", "field":
				  "CompanyName", "ignored": false}], "shaping": null}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
				""").param("id", id).param("tenant", tenant).update();
		try {
			ImportFlowContract.assertError(this.http.get("/api/v1/mappings/" + id), 404, "NOT_FOUND");
			ImportFlowContract.assertError(this.http.delete("/api/v1/mappings/" + id), 404, "NOT_FOUND");
			assertThat(ok(this.http.get("/api/v1/mappings")).toString()).doesNotContain("Theirs M6");
			JsonNode job = upload("Namn M6\r\nAlfa M6 AB\r\n");
			ImportFlowContract.assertError(this.http.put("/api/v1/imports/" + job.get("id").asString() + "/mapping",
					"{\"mapping\": \"" + id + "\"}"), 404, "NOT_FOUND");
		}
		finally {
			this.jdbc.sql("DELETE FROM saved_mapping WHERE id = :id").param("id", id).update();
		}
	}

	private Set<String> mappingIds() {
		Set<String> ids = new HashSet<>();
		ok(this.http.get("/api/v1/mappings")).get("items").forEach((m) -> ids.add(m.get("id").asString()));
		return ids;
	}

	private static JsonNode find(JsonNode list, String header) {
		for (JsonNode item : list.get("items")) {
			if (item.get("headers").toString().contains("\"" + header + "\"")) {
				return item;
			}
		}
		throw new AssertionError("No mapping with the header " + header + " in " + list);
	}

	private JsonNode upload(String text) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "m.csv",
				text.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static JsonNode refused(Http.Response response, String code) {
		ImportFlowContract.assertError(response, 422, code);
		return response.json();
	}

	private JsonNode startAndWait(String id) {
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return this.http.waitForJob(id, (job) -> !Set.of("QUEUED", "RUNNING").contains(job.get("status").asString()));
	}

}
