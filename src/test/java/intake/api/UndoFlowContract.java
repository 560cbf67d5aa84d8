package intake.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.job.Undos;
import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing records by hand and undoing imports, end to end through HTTP. Subclasses run it
 * on H2 and on PostgreSQL. Every test imports companies of its own (a random tag in names
 * and customer numbers), so tests sharing a database do not meet.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class UndoFlowContract {

	private static final String HEADER = "Företagsnamn;Kundnummer;Postnummer;Ort;E-post;Kontaktperson förnamn;"
			+ "Kontaktperson efternamn;Kontakt e-post\r\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Undos undos;

	@Autowired
	JobEvents events;

	Http http;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void undoRemovesWhatTheImportCreatedAndKeepsRecordsEditedOrReferencedSince() {
		String tag = tag();
		String first = importFile(companies(tag, 10, 2));
		List<JsonNode> companies = items("companies", first);
		assertThat(companies).hasSize(10);
		assertThat(items("contacts", first)).hasSize(20);
		JsonNode edited = company(companies, tag + "-0");
		JsonNode attached = company(companies, tag + "-1");
		JsonNode ofEditedContact = company(companies, tag + "-2");

		JsonNode patched = ok(patch("/api/v1/records/companies/" + id(edited), "{\"CompanyPhone\": \"08-123 45 67\"}"));
		assertThat(patched.get("version").asLong()).isEqualTo(2);
		JsonNode contact = ok(this.http.get("/api/v1/records/contacts?companyId=" + id(ofEditedContact))).get("items")
			.get(0);
		assertThat(ok(patch("/api/v1/records/contacts/" + id(contact), "{\"ContactRoleEmail\": \"ny@foretag.se\"}"))
			.get("version")
			.asLong()).isEqualTo(2);
		// A later import attaches a contact to a company of the first one.
		String second = importFile(HEADER + "Undo " + tag + " Bolag 1 AB;" + tag + "-1;123 45;Västerås;info@" + tag
				+ ".se;Nya;Kontakten;nya@" + tag + ".se\r\n");
		assertThat(items("contacts", second)).hasSize(1);
		assertThat(items("contacts", second).get(0).get("companyId").asString()).isEqualTo(id(attached));

		JsonNode preview = ok(this.http.get("/api/v1/imports/" + first + "/undo-preview"));
		assertThat(preview.get("remove").get("companies").asLong()).isEqualTo(7);
		assertThat(preview.get("remove").get("contacts").asLong()).isEqualTo(19);
		assertThat(preview.get("restore")).as("only non-zero figures are listed").isEmpty();
		assertThat(preview.get("keep").get("companies").asLong()).isEqualTo(3);
		assertThat(preview.get("keep").get("contacts").asLong()).isEqualTo(1);
		assertThat(kept(preview)).containsExactlyInAnyOrder("companies " + id(edited) + " MODIFIED_AFTER_IMPORT",
				"companies " + id(attached) + " REFERENCED", "companies " + id(ofEditedContact) + " REFERENCED",
				"contacts " + id(contact) + " MODIFIED_AFTER_IMPORT");

		Http.Response accepted = this.http.post("/api/v1/imports/" + first + "/undo", null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		assertThat(accepted.json().get("status").asString()).isEqualTo("UNDOING");
		assertThat(accepted.json().get("undo").isNull()).isTrue();
		JsonNode undone = this.http.waitForStatus(first, "UNDONE");
		JsonNode undo = undone.get("undo");
		assertThat(undo.get("remove")).isEqualTo(preview.get("remove"));
		assertThat(undo.get("restore")).isEqualTo(preview.get("restore"));
		assertThat(undo.get("keep")).isEqualTo(preview.get("keep"));
		assertThat(kept(undo)).isEqualTo(kept(preview));
		assertThat(ids(items("companies", first))).containsExactlyInAnyOrder(id(edited), id(attached),
				id(ofEditedContact));
		assertThat(ids(items("contacts", first))).containsExactly(id(contact));
		assertThat(items("contacts", second)).hasSize(1);
		assertThat(undone.get("counts").get("companies").get("created").asLong()).isEqualTo(10);
		JsonNode listed = ok(this.http.get("/api/v1/imports?limit=1000"));
		listed.get("items").forEach((job) -> {
			if (job.get("id").asString().equals(first)) {
				assertThat(job.get("undo")).isEqualTo(undo);
			}
		});
		assertThat(ok(this.http.get("/api/v1/imports/" + second)).get("undo").isNull()).isTrue();

		// Undo again: 200 with the job, and nothing changes.
		JsonNode again = ok(this.http.post("/api/v1/imports/" + first + "/undo", null));
		assertThat(again.get("status").asString()).isEqualTo("UNDONE");
		assertThat(again.get("undo")).isEqualTo(undo);
		assertThat(items("companies", first)).hasSize(3);
		assertThat(items("contacts", first)).hasSize(1);
		assertThat(ok(this.http.get("/api/v1/imports/" + first + "/undo-preview"))).isEqualTo(undo);
		assertThat(ok(this.http.get("/api/v1/records/companies/" + id(edited))).get("version").asLong()).isEqualTo(2);
	}

	@Test
	void undoAfterTheWindowClosedIsRefused() {
		String job = importFile(companies(tag(), 2, 1));
		this.jdbc.sql("UPDATE import_job SET undoable_until = finished_at - INTERVAL '1' SECOND WHERE id = :id")
			.param("id", job)
			.update();
		assertError(this.http.post("/api/v1/imports/" + job + "/undo", null), 409, "UNDO_WINDOW_CLOSED");
		assertThat(ok(this.http.get("/api/v1/imports/" + job)).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(items("companies", job)).hasSize(2);
	}

	@Test
	void theEventStreamSendsAnUndoneImportFromOutsideARequest() {
		String job = importFile(companies(tag(), 1, 1));
		Http.Response undo = this.http.post("/api/v1/imports/" + job + "/undo", null);
		assertThat(undo.status()).as(undo.body()).isEqualTo(202);
		this.http.waitForStatus(job, "UNDONE");
		// The stream's poller sends the job from a thread of its own, with no signed-in
		// caller, as this test thread has none.
		org.assertj.core.api.Assertions
			.assertThatCode(() -> this.events.subscribe(intake.security.CurrentTenant.DEMO, job).complete())
			.doesNotThrowAnyException();
	}

	@Test
	void undoOfAnImportNotFinishedIsWrongStateAndOfAnUnknownOneNotFound() {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				companies(tag(), 1, 1).getBytes(StandardCharsets.UTF_8));
		String job = uploaded.json().get("id").asString();
		assertError(this.http.post("/api/v1/imports/" + job + "/undo", null), 409, "WRONG_STATE");
		assertError(this.http.get("/api/v1/imports/" + job + "/undo-preview"), 409, "WRONG_STATE");
		assertThat(ok(this.http.get("/api/v1/imports/" + job)).get("status").asString()).isEqualTo("MAPPING");
		assertError(this.http.post("/api/v1/imports/" + UUID.randomUUID() + "/undo", null), 404, "NOT_FOUND");
	}

	@Test
	void undoGivesUpdatedRecordsTheirPreviousValuesUnlessTheyMovedSince() {
		String tag = tag();
		String created = importFile(companies(tag, 2, 1));
		List<JsonNode> companies = items("companies", created);
		JsonNode restored = company(companies, tag + "-0");
		JsonNode moved = company(companies, tag + "-1");
		// An UPDATE import, as it would have journaled its changes.
		String update = handMadeJob(tag, "COMPLETED");
		for (JsonNode company : List.of(restored, moved)) {
			this.jdbc.sql("""
					UPDATE company SET company_post_city = 'Uppsala', company_turnover = 99, version = version + 1
					WHERE id = :id
					""").param("id", Long.parseLong(id(company))).update();
			long journalId = this.jdbc.sql("SELECT NEXTVAL('journal_seq')").query(Long.class).single();
			this.jdbc.sql("""
					INSERT INTO import_journal (id, tenant_id, job_id, line, entity, record_id, version_after,
					  previous_values)
					VALUES (:id, 1, :job, 2, 'companies', :record, 2, :previous)
					""")
				.param("id", journalId)
				.param("job", update)
				.param("record", Long.parseLong(id(company)))
				.param("previous", "{\"CompanyPostCity\": \"Västerås\", \"CompanyTurnover\": null}")
				.update();
		}
		ok(patch("/api/v1/records/companies/" + id(moved), "{\"CompanyNote\": \"Ringt 12/3\"}"));

		JsonNode preview = ok(this.http.get("/api/v1/imports/" + update + "/undo-preview"));
		assertThat(preview.get("restore").get("companies").asLong()).isEqualTo(1);
		assertThat(preview.get("keep").get("companies").asLong()).isEqualTo(1);
		assertThat(preview.get("remove").has("companies")).as("only non-zero figures are listed").isFalse();
		assertThat(kept(preview)).containsExactly("companies " + id(moved) + " MODIFIED_AFTER_IMPORT");

		assertThat(this.http.post("/api/v1/imports/" + update + "/undo", null).status()).isEqualTo(202);
		JsonNode undone = this.http.waitForStatus(update, "UNDONE");
		assertThat(undone.get("undo").get("restore")).isEqualTo(preview.get("restore"));
		assertThat(kept(undone.get("undo"))).isEqualTo(kept(preview));
		JsonNode back = ok(this.http.get("/api/v1/records/companies/" + id(restored)));
		assertThat(back.get("CompanyPostCity").asString()).isEqualTo("Västerås");
		assertThat(back.get("CompanyTurnover").isNull()).isTrue();
		assertThat(back.get("version").asLong()).isEqualTo(3);
		JsonNode kept = ok(this.http.get("/api/v1/records/companies/" + id(moved)));
		assertThat(kept.get("CompanyPostCity").asString()).isEqualTo("Uppsala");
		assertThat(kept.get("version").asLong()).isEqualTo(3);
		assertThat(items("companies", created)).hasSize(2);
	}

	/**
	 * Two runs of one undo at the same time, as when an instance revives an undo whose
	 * owner still runs: each journal row is judged once (restored, not restored by one
	 * run and then kept by the other as "changed since").
	 */
	@Test
	void twoRunsOfOneUndoAtOnceRestoreEachJournalRowOnce() throws Exception {
		String tag = tag();
		List<JsonNode> companies = items("companies", importFile(companies(tag, 150, 1)));
		String update = handMadeJob(tag, "UNDOING");
		// As an UPDATE import journals what it changes.
		for (JsonNode company : companies) {
			this.jdbc.sql("UPDATE company SET company_post_city = 'Uppsala', version = version + 1 WHERE id = :id")
				.param("id", Long.parseLong(id(company)))
				.update();
			this.jdbc.sql("""
					INSERT INTO import_journal (id, tenant_id, job_id, line, entity, record_id, version_after,
					  previous_values)
					VALUES (NEXTVAL('journal_seq'), 1, :job, 2, 'companies', :record, 2, :previous)
					""")
				.param("job", update)
				.param("record", Long.parseLong(id(company)))
				.param("previous", "{\"CompanyPostCity\": \"Västerås\"}")
				.update();
		}
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(two.submit(() -> {
					go.await();
					this.undos.execute(1, update);
					return null;
				}));
			}
			go.countDown();
			for (java.util.concurrent.Future<?> run : runs) {
				run.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			two.shutdownNow();
		}
		JsonNode undo = this.http.waitForStatus(update, "UNDONE").get("undo");
		assertThat(undo.path("restore").path("companies").asLong()).as(undo.toString()).isEqualTo(companies.size());
		assertThat(undo.path("keep").has("companies")).as(undo.toString()).isFalse();
		assertThat(kept(undo)).isEmpty();
		for (JsonNode company : companies) {
			assertThat(ok(this.http.get("/api/v1/records/companies/" + id(company))).get("CompanyPostCity").asString())
				.isEqualTo("Västerås");
		}
	}

	@Test
	void anUndoThatStoppedHalfWayResumesAndEndsWithTheRightTotals() {
		String job = importFile(companies(tag(), 3, 2));
		// As a process that died after its first chunk leaves it.
		List<String> contacts = ids(items("contacts", job)).subList(0, 2);
		this.jdbc.sql("DELETE FROM contact WHERE id IN (:ids)")
			.param("ids", contacts.stream().map(Long::parseLong).toList())
			.update();
		this.jdbc.sql("UPDATE import_job SET status = 'UNDOING', undo_removed_json = '{\"contacts\":2}' WHERE id = :id")
			.param("id", job)
			.update();
		assertError(this.http.post("/api/v1/imports/" + job + "/undo", null), 409, "WRONG_STATE");

		this.undos.resumeInterrupted();
		JsonNode undo = this.http.waitForStatus(job, "UNDONE").get("undo");
		assertThat(undo.get("remove").get("companies").asLong()).isEqualTo(3);
		assertThat(undo.get("remove").get("contacts").asLong()).isEqualTo(6);
		assertThat(undo.get("kept")).isEmpty();
		assertThat(items("companies", job)).isEmpty();
		assertThat(items("contacts", job)).isEmpty();
	}

	@Test
	void patchValidatesLikeAnImportWritesAndBumpsTheVersion() {
		String tag = tag();
		String job = importFile(companies(tag, 1, 1));
		JsonNode company = items("companies", job).get(0);
		String path = "/api/v1/records/companies/" + id(company);
		JsonNode patched = ok(patch(path, """
				{"CompanyPhone": "08-123 45 67", "CompanyTurnover": "1234.50", "CompanyDateRegistrered": "2024-02-29",
				 "CompanySupplier": true, "CompanyCategory": ["VIP", "Norr"], "CompanyEmail": null,
				 "CompanyPostPostcode": "753 20"}
				"""));
		assertThat(patched.get("version").asLong()).isEqualTo(2);
		JsonNode read = ok(this.http.get(path));
		assertThat(read).isEqualTo(patched);
		assertThat(read.get("CompanyPhone").asString()).isEqualTo("08-123 45 67");
		assertThat(read.get("CompanyPhoneE164").asString()).isEqualTo("+4681234567");
		assertThat(new BigDecimal(read.get("CompanyTurnover").asString())).isEqualByComparingTo("1234.50");
		assertThat(read.get("CompanyDateRegistrered").asString()).isEqualTo("2024-02-29");
		assertThat(read.get("CompanySupplier").asBoolean()).isTrue();
		assertThat(read.get("CompanyCategory").get(1).asString()).isEqualTo("Norr");
		assertThat(read.get("CompanyEmail").isNull()).isTrue();
		assertThat(read.get("CompanyName").asString()).isEqualTo(company.get("CompanyName").asString());
		assertThat(read.get("importJobId").asString()).isEqualTo(job);
		// The company is found by its new name and postcode.
		assertThat(this.jdbc.sql("SELECT company_name_key FROM company WHERE id = :id")
			.param("id", Long.parseLong(id(company)))
			.query(String.class)
			.single()).endsWith("\u001f75320");

		Http.Response badEmail = patch(path, "{\"CompanyEmail\": \"anna@\", \"CompanyName\": \"Nytt namn AB\"}");
		assertError(badEmail, 422, "VALIDATION");
		JsonNode detail = badEmail.json().get("details").get(0);
		assertThat(detail.get("field").asString()).isEqualTo("CompanyEmail");
		assertThat(detail.get("value").asString()).isEqualTo("anna@");
		assertThat(detail.get("message").asString()).isNotBlank();
		assertError(patch(path, "{\"CompanyName\": null}"), 422, "VALIDATION");
		assertError(patch(path, "{\"CompanyName\": \"  \"}"), 422, "VALIDATION");
		assertError(patch(path, "{\"CompanyDateRegistrered\": \"2024-02-30\"}"), 422, "VALIDATION");
		assertError(patch(path, "{\"CompanyNrOfEmp\": [1, 2]}"), 422, "VALIDATION");
		assertError(patch(path, "{\"CompanyName\": \"" + "x".repeat(201) + "\"}"), 422, "VALIDATION");
		Http.Response unknown = patch(path, "{\"Företagsnamn\": \"X\", \"version\": 7}");
		assertError(unknown, 422, "UNKNOWN_FIELD");
		assertThat(unknown.json().get("details")).hasSize(2);
		assertThat(ok(this.http.get(path)).get("version").asLong()).isEqualTo(2);

		assertError(patch("/api/v1/records/companies/999999999999", "{\"CompanyName\": \"X\"}"), 404, "NOT_FOUND");
		assertError(patch("/api/v1/records/companies/abc", "{\"CompanyName\": \"X\"}"), 404, "NOT_FOUND");
		assertError(patch("/api/v1/records/widgets/1", "{}"), 404, "NOT_FOUND");
		assertError(patch(path, "[1]"), 400, "BAD_REQUEST");
	}

	@Test
	void patchNeverReachesAnotherTenantsRecords() {
		long tenant = 1_000_000L + (System.nanoTime() & 0xFFFFF);
		long record = 9_000_000_000L + (System.nanoTime() & 0xFFFFF);
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", tenant)
			.param("name", "other-" + tenant)
			.update();
		this.jdbc.sql("""
				INSERT INTO company (id, tenant_id, company_kind, company_id, company_name)
				VALUES (:id, :tenant, 'customer', 'X1', 'Annan AB')
				""").param("id", record).param("tenant", tenant).update();
		assertError(patch("/api/v1/records/companies/" + record, "{\"CompanyName\": \"Min AB\"}"), 404, "NOT_FOUND");
		assertThat(this.jdbc.sql("SELECT company_name FROM company WHERE id = :id")
			.param("id", record)
			.query(String.class)
			.single()).isEqualTo("Annan AB");
	}

	/** A UTF-8 companies file with Swedish headers: companies × contacts rows. */
	static String companies(String tag, int companies, int contactsEach) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int c = 0; c < companies; c++) {
			for (int k = 0; k < contactsEach; k++) {
				csv.append("Undo ").append(tag).append(" Bolag ").append(c).append(" AB;").append(tag).append('-');
				csv.append(c).append(";123 45;Västerås;info@").append(tag).append(".se;Åsa;Öberg ").append(k);
				csv.append(";k").append(c).append('.').append(k).append('@').append(tag).append(".se\r\n");
			}
		}
		return csv.toString();
	}

	private static String tag() {
		return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/**
	 * A job uploaded but never run, set to {@code status} as an UPDATE import that
	 * finished a day ago would be (its journal rows are the caller's to write); its id.
	 */
	String handMadeJob(String tag, String status) {
		String id = this.http
			.upload("/api/v1/imports", Map.of("type", "companies"), "update.csv",
					companies(tag, 1, 1).getBytes(StandardCharsets.UTF_8))
			.json()
			.get("id")
			.asString();
		this.jdbc.sql("""
				UPDATE import_job SET status = :status, finished_at = CURRENT_TIMESTAMP,
				  undoable_until = CURRENT_TIMESTAMP + INTERVAL '1' DAY WHERE id = :id
				""").param("status", status).param("id", id).update();
		return id;
	}

	/** Uploads, starts and waits for a companies import; its id. */
	String importFile(String csv) {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				CompanyFiles.utf8Bom(csv));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String id = uploaded.json().get("id").asString();
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = this.http.waitForStatus(id, "COMPLETED");
		assertThat(done.get("rows").get("failed").asLong()).as(done.toString()).isZero();
		return id;
	}

	List<JsonNode> items(String entity, String job) {
		List<JsonNode> items = new ArrayList<>();
		ok(this.http.get("/api/v1/records/" + entity + "?limit=1000&importJobId=" + job)).get("items")
			.forEach(items::add);
		return items;
	}

	static JsonNode company(List<JsonNode> companies, String customerNumber) {
		return companies.stream()
			.filter((c) -> c.get("CompanyId").asString().equals(customerNumber))
			.findFirst()
			.orElseThrow();
	}

	static String id(JsonNode record) {
		return record.get("id").asString();
	}

	static List<String> ids(List<JsonNode> records) {
		return records.stream().map(UndoFlowContract::id).toList();
	}

	static Set<String> kept(JsonNode undo) {
		Set<String> kept = new HashSet<>();
		undo.get("kept")
			.forEach((k) -> kept
				.add(k.get("entity").asString() + " " + k.get("id").asString() + " " + k.get("reason").asString()));
		return kept;
	}

	Http.Response patch(String path, String json) {
		try {
			HttpResponse<String> response = this.client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Content-Type", "application/json")
					.header("Authorization", Http.ADMIN_AUTHORIZATION)
					.method("PATCH", HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Http.Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode ok(Http.Response response) {
		return ImportFlowContract.ok(response);
	}

	static void assertError(Http.Response response, int status, String code) {
		ImportFlowContract.assertError(response, status, code);
	}

}
