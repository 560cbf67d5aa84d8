package intake.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following and controlling a running import: live events, cancel, the error file. Runs
 * with small chunks so a file of a few thousand rows spans many transactions.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "intake.chunk-size=200")
abstract class ImportControlContract {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void eventsSendTheJobAtOnceAndThenUntilItIsCompleted() throws Exception {
		String id = upload(CompanyFiles.swedish(600, 3, WINDOWS_1252).bytes());
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/" + id + "/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", Http.ADMIN_AUTHORIZATION)
			.timeout(Duration.ofSeconds(60))
			.build();
		HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		Iterator<String> lines = response.body().iterator();
		List<JsonNode> events = new ArrayList<>();
		boolean retry = false;
		boolean started = false;
		while (lines.hasNext()) {
			String line = lines.next();
			retry |= line.startsWith("retry:");
			if (line.startsWith("data:")) {
				JsonNode job = JsonMapper.builder().build().readTree(line.substring(5));
				events.add(job);
				if (!started) {
					assertThat(job.get("status").asString()).isEqualTo("MAPPING");
					assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
					started = true;
				}
			}
		}
		assertThat(retry).isTrue();
		assertThat(events.size()).isGreaterThanOrEqualTo(2);
		JsonNode last = events.get(events.size() - 1);
		assertThat(last.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(last.get("rows").get("processed").asLong()).isEqualTo(last.get("rows").get("total").asLong());
		assertThat(events).extracting((e) -> e.get("status").asString()).contains("MAPPING", "COMPLETED");
	}

	@Test
	void cancelStopsARunningImportWithinAChunkAndKeepsWhatWasWritten() {
		String id = upload(CompanyFiles.swedish(3000, 5, WINDOWS_1252).bytes());
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		JsonNode running = waitFor(id, (job) -> job.get("rows").get("processed").asLong() >= 200);
		assertThat(running.get("status").asString()).isEqualTo("RUNNING");
		// Started without a preview, the run writes it as it goes: not readable
		// meanwhile.
		ImportFlowContract.assertError(this.http.get("/api/v1/imports/" + id + "/preview"), 409, "WRONG_STATE");
		Http.Response cancel = this.http.post("/api/v1/imports/" + id + "/cancel", null);
		assertThat(cancel.status()).as(cancel.body()).isEqualTo(202);
		long processedAtCancel = cancel.json().get("rows").get("processed").asLong();
		JsonNode done = waitFor(id, (job) -> !job.get("status").asString().equals("RUNNING"));
		assertThat(done.get("status").asString()).isEqualTo("CANCELLED");
		long processed = done.get("rows").get("processed").asLong();
		assertThat(processed).isLessThan(done.get("rows").get("total").asLong())
			.isLessThanOrEqualTo(processedAtCancel + 2 * 200);
		assertThat(done.get("finishedAt").isNull()).isFalse();
		assertThat(done.get("undoableUntil").isNull()).isFalse();
		// Other tests may have stored some of these companies and contacts already: those
		// are skipped.
		long created = done.get("counts").get("contacts").get("created").asLong();
		assertThat(created + done.get("counts").get("contacts").get("skipped").asLong()).isEqualTo(processed);
		JsonNode stored = ImportFlowContract.ok(this.http.get("/api/v1/records/contacts?limit=1&importJobId=" + id));
		assertThat(stored.get("total").asLong()).isEqualTo(created);
		ImportFlowContract.assertError(this.http.post("/api/v1/imports/" + id + "/start", null), 409, "WRONG_STATE");
		assertThat(this.http.post("/api/v1/imports/" + id + "/cancel", null).status()).isEqualTo(202);
		// The cancelled run's preview was not finished: it is built now, over the whole
		// file.
		JsonNode preview = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=1"));
		assertThat(preview.get("rows").get("total").asLong()).isEqualTo(done.get("rows").get("total").asLong());
	}

	@Test
	void cancelBeforeStartEndsTheImportAndAFinishedImportCannotBeCancelled() {
		String id = upload("Företagsnamn\r\nAlfa AB\r\n".getBytes(WINDOWS_1252));
		JsonNode cancelled = this.http.post("/api/v1/imports/" + id + "/cancel", null).json();
		assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
		ImportFlowContract.assertError(this.http.post("/api/v1/imports/" + id + "/start", null), 409, "WRONG_STATE");

		String other = upload("Företagsnamn\r\nBeta AB\r\n".getBytes(WINDOWS_1252));
		assertThat(this.http.post("/api/v1/imports/" + other + "/start", null).status()).isEqualTo(202);
		waitFor(other, (job) -> job.get("status").asString().equals("COMPLETED"));
		ImportFlowContract.assertError(this.http.post("/api/v1/imports/" + other + "/cancel", null), 409,
				"WRONG_STATE");
		ImportFlowContract.assertError(
				this.http.post("/api/v1/imports/00000000-0000-0000-0000-000000000000/cancel", null), 404, "NOT_FOUND");
	}

	@Test
	void errorsCsvHoldsTheFailedRowsAsInTheFileWithFormulasNeutralised() {
		String text = "Företagsnamn;Telefon;E-post\r\n" + "Alfa AB;+46 8 123 45 67;info@alfa.se\r\n"
				+ "=HYPERLINK(\"http://x\");-12 34;fel@\r\n" + "Beta AB;+46 8 765 43 21;\"rad\r\ntvå\"\r\n"
				+ "@SUM(A1);08-123;ok@beta.se\r\n";
		String id = upload(text.getBytes(WINDOWS_1252));
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		JsonNode done = waitFor(id, (job) -> job.get("status").asString().equals("COMPLETED"));
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(2);
		JsonNode recorded = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?only=problems"));
		assertThat(recorded.get("rows").get("invalid").asLong()).isEqualTo(2);
		assertThat(recorded.get("items")).extracting((item) -> item.get("status").asString())
			.containsExactly("INVALID", "INVALID", "CREATE");
		assertThat(recorded.get("items").get(2).get("warnings")).isNotEmpty();
		Http.Response csv = this.http.get("/api/v1/imports/" + id + "/errors.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFLine;Error;Företagsnamn;Telefon;E-post\r\n");
		List<List<String>> rows = new ArrayList<>();
		de.siegmar.fastcsv.reader.CsvReader.builder()
			.fieldSeparator(';')
			.ofCsvRecord(csv.body().substring(1))
			.forEach((r) -> rows.add(r.getFields()));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1)).containsExactly("3", "'fel@' is not a valid e-mail address",
				"'=HYPERLINK(\"http://x\")", "-12 34", "fel@");
		assertThat(rows.get(2).get(0)).isEqualTo("4");
		assertThat(rows.get(2).subList(2, 5)).containsExactly("Beta AB", "+46 8 765 43 21", "rad\r\ntvå");
	}

	@Test
	void concurrentImportsOfOneTenantNeverCreateACompanyTwice() {
		int stem = CompanyFiles.orgStem();
		String tag = "c" + stem;
		CompanyFiles.Generated file = CompanyFiles.swedish(3000, 9, WINDOWS_1252, stem, stem, tag);
		// The second file holds the same rows in reverse order: while both run, each
		// meets
		// companies the other is writing.
		String[] lines = new String(file.bytes(), WINDOWS_1252).split("\r\n");
		StringBuilder reversed = new StringBuilder(lines[0]).append("\r\n");
		for (int i = lines.length - 1; i > 0; i--) {
			reversed.append(lines[i]).append("\r\n");
		}
		String first = upload(file.bytes());
		String second = upload(reversed.toString().getBytes(WINDOWS_1252));
		assertThat(this.http.post("/api/v1/imports/" + first + "/start", null).status()).isEqualTo(202);
		assertThat(this.http.post("/api/v1/imports/" + second + "/start", null).status()).isEqualTo(202);
		JsonNode a = waitFor(first, (job) -> job.get("status").asString().matches("COMPLETED|FAILED"));
		JsonNode b = waitFor(second, (job) -> job.get("status").asString().matches("COMPLETED|FAILED"));
		assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("COMPLETED");
		assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("COMPLETED");
		long companiesCreated = a.get("counts").get("companies").get("created").asLong()
				+ b.get("counts").get("companies").get("created").asLong();
		long contactsCreated = a.get("counts").get("contacts").get("created").asLong()
				+ b.get("counts").get("contacts").get("created").asLong();
		assertThat(companiesCreated).isEqualTo(file.companies());
		assertThat(contactsCreated).isEqualTo(file.contacts());
		JsonNode stored = ImportFlowContract
			.ok(this.http.get("/api/v1/records/companies?limit=1&CompanyId=" + String.format("%05d", stem)));
		assertThat(stored.get("total").asLong()).isEqualTo(1);
	}

	@Test
	void concurrentImportsOfCompaniesWithoutCustomerNumbersBothCompleteWithDistinctNumbers() {
		// Neither file gives customer numbers: both passes start numbering from the same
		// stored maximum, and each chunk must skip what the other took meanwhile.
		String tag = "n" + new java.util.Random().nextInt(1_000_000);
		List<String> ids = new java.util.ArrayList<>();
		for (String half : List.of("a", "b")) {
			StringBuilder file = new StringBuilder("Företagsnamn;Ort\r\n");
			for (int i = 0; i < 12_000; i++) {
				file.append("Bolag ").append(tag).append(half).append(' ').append(i).append(" AB;Umeå\r\n");
			}
			ids.add(upload(file.toString().getBytes(WINDOWS_1252)));
		}
		for (String id : ids) {
			assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		}
		for (String id : ids) {
			JsonNode done = waitFor(id, (job) -> job.get("status").asString().matches("COMPLETED|FAILED"));
			assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
			assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(12_000);
		}
		long distinct = this.jdbc.sql("SELECT COUNT(DISTINCT company_id) FROM company WHERE company_name LIKE :names")
			.param("names", "Bolag " + tag + "%")
			.query(Long.class)
			.single();
		assertThat(distinct).isEqualTo(24_000);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aWriteFailureWithAbortRemovesWhatWasWrittenAndWithSkipRowKeepsIt() {
		// A constraint the validation does not know makes the database refuse one
		// company.
		this.jdbc.sql("ALTER TABLE company ADD CONSTRAINT test_no_boom CHECK (company_name <> 'Boom AB')").update();
		try {
			int stem = CompanyFiles.orgStem();
			// ≈ 4,500 rows: more than one chunk also for an instance with the default
			// chunk
			// size (another cached test context sharing the database may claim the job)
			CompanyFiles.Generated file = CompanyFiles.swedish(1500, 4, WINDOWS_1252, stem, stem, "b" + stem);
			String text = new String(file.bytes(), WINDOWS_1252) + "Boom AB;;;;;;;;;;;\r\n";
			for (String onError : List.of("ABORT", "SKIP_ROW")) {
				String id = upload(text.getBytes(WINDOWS_1252));
				assertThat(this.http.post("/api/v1/imports/" + id + "/start", "{\"onError\": \"" + onError + "\"}")
					.status()).isEqualTo(202);
				JsonNode done = waitFor(id, (job) -> job.get("status").asString().equals("FAILED"));
				assertThat(done.get("failureReason").asString()).contains("The import stopped");
				assertThat(done.get("rows").get("processed").asLong()).isGreaterThan(0);
				long companies = ImportFlowContract
					.ok(this.http.get("/api/v1/records/companies?limit=1&importJobId=" + id))
					.get("total")
					.asLong();
				long contacts = ImportFlowContract
					.ok(this.http.get("/api/v1/records/contacts?limit=1&importJobId=" + id))
					.get("total")
					.asLong();
				if (onError.equals("ABORT")) {
					assertThat(done.get("failureReason").asString()).contains("removed again");
					assertThat(companies + contacts).as("ABORT leaves the database unchanged").isZero();
				}
				else {
					assertThat(contacts).as("SKIP_ROW keeps the committed chunks")
						.isEqualTo(done.get("rows").get("processed").asLong());
					assertThat(companies).isPositive();
				}
			}
		}
		finally {
			this.jdbc.sql("ALTER TABLE company DROP CONSTRAINT test_no_boom").update();
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	intake.job.Purger purger;

	@Test
	void afterTheUndoWindowTheJournalAndTheStoredUploadArePurgedAndTheRecordsStay() {
		String id = upload("Företagsnamn;Ort\r\nPurge AB;Lund\r\n".getBytes(WINDOWS_1252));
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		waitFor(id, (job) -> job.get("status").asString().equals("COMPLETED"));
		long companyId = Long
			.parseLong(ImportFlowContract.ok(this.http.get("/api/v1/records/companies?importJobId=" + id))
				.get("items")
				.get(0)
				.get("id")
				.asString());
		this.jdbc
			.sql("INSERT INTO import_journal (id, tenant_id, job_id, line, entity, record_id, version_after,"
					+ " previous_values) VALUES (NEXTVAL('journal_seq'), 1, :job, 2, 'companies', :record, 1, '{}')")
			.param("job", id)
			.param("record", companyId)
			.update();
		this.purger.purgeExpired();
		assertThat(ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview")).get("items"))
			.as("inside the window nothing is purged")
			.hasSize(1);
		this.jdbc.sql("UPDATE import_job SET undoable_until = :past WHERE id = :id")
			.param("past", java.time.OffsetDateTime.now().minusDays(1))
			.param("id", id)
			.update();
		assertThat(this.purger.purgeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_journal WHERE job_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		ImportFlowContract.assertError(this.http.get("/api/v1/imports/" + id + "/preview"), 409, "WRONG_STATE");
		ImportFlowContract.assertError(this.http.get("/api/v1/imports/" + id + "/errors.csv"), 409, "WRONG_STATE");
		ImportFlowContract.assertError(this.http.post("/api/v1/imports/" + id + "/undo", null), 409,
				"UNDO_WINDOW_CLOSED");
		assertThat(ImportFlowContract.ok(this.http.get("/api/v1/records/companies/" + companyId))
			.get("CompanyName")
			.asString()).isEqualTo("Purge AB");
	}

	@org.springframework.beans.factory.annotation.Autowired
	intake.job.IntakeProperties properties;

	/**
	 * Each change of the options makes a new preview revision; the files of the one it
	 * supersedes go once the new preview is built, or once the import starts (which fixes
	 * the revision), so a job keeps one preview on disk.
	 */
	@Test
	void aSupersededPreviewIsDeletedOnceTheNewOneIsBuiltOrTheImportStarts() throws Exception {
		String id = upload(CompanyFiles.swedish(300, 2, WINDOWS_1252).bytes());
		JsonNode first = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=1"));
		List<String> firstFiles = previewFiles(id);
		assertThat(firstFiles).hasSize(5);

		ImportFlowContract.ok(this.http.put("/api/v1/imports/" + id + "/options", "{\"emptyCells\": \"CLEAR\"}"));
		assertThat(previewFiles(id)).as("kept until the new preview is built").isEqualTo(firstFiles);
		JsonNode second = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=1"));
		assertThat(second.get("rows").get("total")).isEqualTo(first.get("rows").get("total"));
		List<String> secondFiles = previewFiles(id);
		assertThat(secondFiles).hasSize(5).doesNotContainAnyElementsOf(firstFiles);

		ImportFlowContract.ok(this.http.put("/api/v1/imports/" + id + "/options",
				"{\"emptyCells\": \"KEEP\", \"nullTokens\": [\"NULL\"]}"));
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		waitFor(id, (job) -> job.get("status").asString().equals("COMPLETED"));
		List<String> recorded = previewFiles(id);
		assertThat(recorded).as("the import recorded the preview of its own revision").hasSize(5);
		assertThat(recorded).doesNotContainAnyElementsOf(secondFiles).doesNotContainAnyElementsOf(firstFiles);
		JsonNode after = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=1"));
		assertThat(after.get("rows").get("total")).isEqualTo(first.get("rows").get("total"));
		assertThat(after.get("items").get(0).get("status")).isEqualTo(first.get("items").get(0).get("status"));
		assertThat(java.nio.file.Files.exists(jobDirectory(id).resolve("upload"))).isTrue();
	}

	/**
	 * After an import its preview tells each row's fate in it, also when the tenant's
	 * settings (which the preview depends on) change later: no new preview is planned
	 * against what the import wrote.
	 */
	@Test
	void theImportsRecordedPreviewStaysWhenTheTenantSettingsChangeAfterIt() throws Exception {
		String id = upload(CompanyFiles.swedish(200, 2, WINDOWS_1252).bytes());
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		waitFor(id, (job) -> job.get("status").asString().equals("COMPLETED"));
		JsonNode recorded = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=3"));
		assertThat(recorded.get("items").get(0).get("status").asString()).isEqualTo("CREATE");
		List<String> files = previewFiles(id);
		String settings = ImportFlowContract.ok(this.http.get("/api/v1/settings")).toString();
		try {
			ImportFlowContract.ok(this.http.put("/api/v1/settings", "{\"country\":\"no\"}"));
			JsonNode after = ImportFlowContract.ok(this.http.get("/api/v1/imports/" + id + "/preview?limit=3"));
			assertThat(after.get("items")).isEqualTo(recorded.get("items"));
			assertThat(after.get("summary")).isEqualTo(recorded.get("summary"));
			assertThat(previewFiles(id)).isEqualTo(files);
		}
		finally {
			ImportFlowContract.ok(this.http.put("/api/v1/settings", settings));
		}
	}

	private java.nio.file.Path jobDirectory(String id) {
		return this.properties.dataDir().resolve("jobs").resolve(id);
	}

	private List<String> previewFiles(String id) throws java.io.IOException {
		try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(jobDirectory(id))) {
			return files.map((f) -> f.getFileName().toString())
				.filter((n) -> n.startsWith("preview-"))
				.sorted()
				.toList();
		}
	}

	private String upload(byte[] bytes) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "f.csv", bytes);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode waitFor(String id, java.util.function.Predicate<JsonNode> condition) {
		return this.http.waitForJob(id, condition);
	}

}
