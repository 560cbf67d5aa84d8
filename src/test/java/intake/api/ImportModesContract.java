package intake.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modes UPDATE and UPSERT end to end through HTTP: previews with field changes, job
 * counts, versions and the journal. Subclasses run it on H2 and on PostgreSQL.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ImportModesContract {

	private static final String HEADER = "CompanyName;CompanyGovNo;CompanyId;CompanyPhone;CompanyPostCity;"
			+ "ContactFirstName;ContactLastName;ContactRoleEmail\r\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	/** Unique organisation-number stems and customer numbers per test. */
	int stem;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.stem = 700000 + ThreadLocalRandom.current().nextInt(25000) * 10;
	}

	@Test
	void reimportInUpdateModeIsAllUnchangedAndWritesNothing() {
		byte[] original = original();
		String created = importFile(original, null);
		JsonNode job = upload(original);
		String id = job.get("id").asString();
		options(id, "{\"mode\": \"UPDATE\"}");
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview"));
		assertThat(statuses(preview)).containsOnly("UNCHANGED").hasSize(4);
		preview.get("items").forEach((item) -> assertThat(item.get("changes").size()).isZero());
		assertCounts(preview.get("summary").get("companies"), 0, 0, 3, 0);
		assertCounts(preview.get("summary").get("contacts"), 0, 0, 4, 0);

		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("options").get("mode").asString()).isEqualTo("UPDATE");
		assertThat(done.get("rows").get("imported").asLong()).isEqualTo(4);
		assertCounts(done.get("counts").get("companies"), 0, 0, 3, 0);
		assertCounts(done.get("counts").get("contacts"), 0, 0, 4, 0);
		assertThat(journal(id)).isEmpty();
		JsonNode companies = ok(this.http.get("/api/v1/records/companies?importJobId=" + created));
		assertThat(companies.get("total").asLong()).isEqualTo(3);
		companies.get("items").forEach((c) -> assertThat(c.get("version").asLong()).isEqualTo(1));
		ok(this.http.get("/api/v1/records/contacts?importJobId=" + created)).get("items")
			.forEach((c) -> assertThat(c.get("version").asLong()).isEqualTo(1));
	}

	@Test
	void changedFileUpdatesOnlyWhatChangedJournalsItAndClearsEmptyCellsOnlyWithClear() {
		importFile(original(), null);
		JsonNode alfaBefore = company("Alfa AB");
		String e164 = alfaBefore.get("CompanyPhoneE164").asString();
		assertThat(e164).isEqualTo("+4681234567");

		// KEEP: Alfa's phone changed, Beta's empty city kept, Delta unknown.
		JsonNode job = upload(changed());
		String id = job.get("id").asString();
		options(id, "{\"mode\": \"UPDATE\", \"emptyCells\": \"KEEP\"}");
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview"));
		assertThat(statuses(preview)).containsExactly("UPDATE", "UPDATE", "UNCHANGED", "UNCHANGED", "SKIP");
		JsonNode change = preview.get("items").get(0).get("changes");
		assertThat(change.propertyNames()).containsExactly("CompanyPhone");
		assertThat(change.get("CompanyPhone").get("from").asString()).isEqualTo("08-123 45 67");
		assertThat(change.get("CompanyPhone").get("to").asString()).isEqualTo("08-765 43 21");
		assertCounts(preview.get("summary").get("companies"), 0, 1, 2, 1);
		assertCounts(preview.get("summary").get("contacts"), 0, 0, 4, 1);

		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertCounts(done.get("counts").get("companies"), 0, 1, 2, 1);
		assertCounts(done.get("counts").get("contacts"), 0, 0, 4, 1);
		JsonNode alfa = company("Alfa AB");
		assertThat(alfa.get("version").asLong()).isEqualTo(2);
		assertThat(alfa.get("CompanyPhone").asString()).isEqualTo("08-765 43 21");
		assertThat(alfa.get("CompanyPhoneE164").asString()).isEqualTo("+4687654321");
		assertThat(company("Beta AB").get("CompanyPostCity").asString()).isEqualTo("Uppsala");
		assertThat(company("Beta AB").get("version").asLong()).isEqualTo(1);
		assertThat(ok(this.http.get("/api/v1/records/companies?CompanyName=Delta%20AB")).get("total").asLong())
			.isZero();
		assertThat(journal(id)).singleElement().satisfies((row) -> {
			assertThat(row.get("line")).isEqualTo(2L);
			assertThat(row.get("entity")).isEqualTo("companies");
			assertThat(row.get("record_id")).isEqualTo(Long.parseLong(alfa.get("id").asString()));
			assertThat(row.get("version_after")).isEqualTo(2L);
			assertThat(row.get("previous_values"))
				.isEqualTo("{\"CompanyPhone\":\"08-123 45 67\",\"CompanyPhoneE164\":\"+4681234567\"}");
		});

		// CLEAR: the same file clears Beta's city; Alfa is up to date now.
		JsonNode clear = upload(changed());
		String clearId = clear.get("id").asString();
		options(clearId, "{\"mode\": \"UPDATE\", \"emptyCells\": \"CLEAR\"}");
		JsonNode clearPreview = ok(this.http.get("/api/v1/imports/" + clearId + "/preview"));
		assertThat(statuses(clearPreview)).containsExactly("UNCHANGED", "UNCHANGED", "UPDATE", "UNCHANGED", "SKIP");
		JsonNode cleared = clearPreview.get("items").get(2).get("changes").get("CompanyPostCity");
		assertThat(cleared.get("from").asString()).isEqualTo("Uppsala");
		assertThat(cleared.get("to").isNull()).isTrue();
		JsonNode clearDone = startAndWait(clearId);
		assertCounts(clearDone.get("counts").get("companies"), 0, 1, 2, 1);
		JsonNode beta = company("Beta AB");
		assertThat(beta.get("CompanyPostCity").isNull()).isTrue();
		assertThat(beta.get("version").asLong()).isEqualTo(2);
		assertThat(journal(clearId)).singleElement().satisfies((row) -> {
			assertThat(row.get("line")).isEqualTo(4L);
			assertThat(row.get("record_id")).isEqualTo(Long.parseLong(beta.get("id").asString()));
			assertThat(row.get("version_after")).isEqualTo(2L);
			assertThat(row.get("previous_values")).isEqualTo("{\"CompanyPostCity\":\"Uppsala\"}");
		});

		// Undo, newest first: the journal gives the updated companies their previous
		// values.
		undoAndWait(clearId);
		assertThat(company("Beta AB").get("CompanyPostCity").asString()).isEqualTo("Uppsala");
		undoAndWait(id);
		JsonNode restored = company("Alfa AB");
		assertThat(restored.get("CompanyPhone").asString()).isEqualTo("08-123 45 67");
		assertThat(restored.get("CompanyPhoneE164").asString()).isEqualTo("+4681234567");
		assertThat(restored.get("version").asLong()).isEqualTo(3);
	}

	private void undoAndWait(String id) {
		assertThat(this.http.post("/api/v1/imports/" + id + "/undo", null).status()).isEqualTo(202);
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = ok(this.http.get("/api/v1/imports/" + id));
			if (job.get("status").asString().equals("UNDONE")) {
				assertThat(job.get("undo").get("restore").get("companies").asLong()).isEqualTo(1);
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("Undo of " + id + " did not end");
	}

	@Test
	void upsertUpdatesWhatMatchesAndCreatesTheRest() {
		importFile(original(), null);
		JsonNode job = upload(changed());
		String id = job.get("id").asString();
		options(id, "{\"mode\": \"UPSERT\", \"matchOn\": [\"CompanyGovNo\"]}");
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id + "/preview"));
		assertThat(statuses(preview)).containsExactly("UPDATE", "UPDATE", "UNCHANGED", "UNCHANGED", "CREATE");
		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertCounts(done.get("counts").get("companies"), 1, 1, 2, 0);
		assertCounts(done.get("counts").get("contacts"), 1, 0, 4, 0);
		JsonNode delta = company("Delta AB");
		assertThat(delta.get("importJobId").asString()).isEqualTo(id);
		assertThat(delta.get("version").asLong()).isEqualTo(1);
		assertThat(ok(this.http.get("/api/v1/records/contacts?companyId=" + delta.get("id").asString())).get("total")
			.asLong()).isEqualTo(1);
		assertThat(company("Alfa AB").get("version").asLong()).isEqualTo(2);
		assertThat(journal(id)).hasSize(1);
	}

	private byte[] original() {
		return file("08-123 45 67", "Uppsala", false);
	}

	private byte[] changed() {
		return file("08-765 43 21", "", true);
	}

	/** Alfa (two rows), Beta, Gamma and optionally Delta; names carry the test's stem. */
	private byte[] file(String alfaPhone, String betaCity, boolean delta) {
		StringBuilder csv = new StringBuilder(HEADER);
		csv.append(row("Alfa AB", 0, alfaPhone, "Västerås", "Anna", "Ek"));
		csv.append(row("Alfa AB", 0, alfaPhone, "Västerås", "Bo", "Ek"));
		csv.append(row("Beta AB", 1, "021-12 34 56", betaCity, "Cia", "Berg"));
		csv.append(row("Gamma AB", 2, "031-11 22 33", "Göteborg", "Dan", "Ås"));
		if (delta) {
			csv.append(row("Delta AB", 3, "040-12 12 12", "Malmö", "Eva", "Lund"));
		}
		return CompanyFiles.utf8Bom(csv.toString());
	}

	private String row(String name, int n, String phone, String city, String first, String last) {
		return name(name) + ";" + CompanyFiles.swedishOrgNo(this.stem + n) + ";M" + (this.stem + n) + ";" + phone + ";"
				+ city + ";" + first + ";" + last + ";" + first.toLowerCase() + "@" + this.stem + n + ".se\r\n";
	}

	private String name(String name) {
		return name.replace(" AB", " " + this.stem + " AB");
	}

	private JsonNode company(String name) {
		JsonNode found = ok(this.http.get("/api/v1/records/companies?CompanyName="
				+ java.net.URLEncoder.encode(name(name), java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(found.get("total").asLong()).as(name).isEqualTo(1);
		return found.get("items").get(0);
	}

	private String importFile(byte[] bytes, String options) {
		String id = upload(bytes).get("id").asString();
		if (options != null) {
			options(id, options);
		}
		assertThat(startAndWait(id).get("status").asString()).isEqualTo("COMPLETED");
		return id;
	}

	private List<Map<String, Object>> journal(String jobId) {
		return this.jdbc
			.sql("SELECT line, entity, record_id, version_after, previous_values FROM import_journal"
					+ " WHERE job_id = :job ORDER BY id")
			.param("job", jobId)
			.query((rs, n) -> {
				Map<String, Object> row = new HashMap<>();
				row.put("line", rs.getLong(1));
				row.put("entity", rs.getString(2));
				row.put("record_id", rs.getLong(3));
				row.put("version_after", rs.getLong(4));
				row.put("previous_values", rs.getString(5));
				return row;
			})
			.list();
	}

	private void options(String id, String json) {
		ok(this.http.put("/api/v1/imports/" + id + "/options", json));
	}

	private JsonNode upload(byte[] bytes) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv", bytes);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private JsonNode startAndWait(String id) {
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = ok(this.http.get("/api/v1/imports/" + id));
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				assertThat(job.get("failureReason").isNull()).as(job.toString()).isTrue();
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

	private static List<String> statuses(JsonNode preview) {
		return preview.get("items").valueStream().map((i) -> i.get("status").asString()).toList();
	}

	private static void assertCounts(JsonNode counts, long created, long updated, long unchanged, long skipped) {
		assertThat(List.of(counts.get("created").asLong(), counts.get("updated").asLong(),
				counts.get("unchanged").asLong(), counts.get("skipped").asLong()))
			.as(counts.toString())
			.containsExactly(created, updated, unchanged, skipped);
	}

	static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
