package intake.job;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import intake.support.ChildService;
import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real crash: the service runs as a child process and is killed with SIGKILL in the
 * middle of an import (after two committed chunks, before 70 %). Restarted, it resumes
 * the import after its last committed chunk; the final tables equal those of an
 * uninterrupted import of the same file.
 */
class CrashResumeTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void anImportKilledMidwayResumesAfterItsLastCommittedChunk(String database) throws Exception {
		interruptedAndResumed(database, false);
	}

	/**
	 * Stopped as a rolling restart stops it (SIGTERM), the service ends the run after the
	 * chunk it writes and hands the job back to the queue: the job stays RUNNING (not
	 * FAILED) and the restarted service finishes it, with the same tables as an
	 * uninterrupted import.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void anImportStoppedWithTheServiceGoesOnAfterTheRestart(String database) throws Exception {
		interruptedAndResumed(database, true);
	}

	private void interruptedAndResumed(String database, boolean graceful) throws Exception {
		CompanyFiles.Generated file = CompanyFiles.swedish(7_000, 11, WINDOWS_1252);
		String mode = graceful ? "stop" : "crash";

		Target crashed = Target.create(database, "crashed");
		String id;
		long processedAtKill;
		Path firstLog = ChildService.logFile(database + "-" + mode + "-1");
		try (ChildService first = ChildService.start(crashed.env(), firstLog)) {
			id = upload(first.http(), file.bytes());
			assertThat(first.http().post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
			JsonNode running = waitFor(first.http(), id, (job) -> {
				long processed = job.get("rows").get("processed").asLong();
				return processed >= 2000 || job.get("status").asString().equals("COMPLETED");
			});
			if (graceful) {
				stopQuietly(first, firstLog);
			}
			else {
				first.kill();
			}
			processedAtKill = running.get("rows").get("processed").asLong();
			assertThat(processedAtKill).as("killed after two committed chunks and before 70 %")
				.isGreaterThanOrEqualTo(2000)
				.isLessThan(file.contacts() * 7L / 10);
		}
		// PostgreSQL keeps every committed chunk; H2 checkpoints after each commit, so at
		// most
		// the chunk committed just before the kill is lost there (and is then written
		// again).
		assertThat(crashed.processed(id)).as("committed chunks survive the kill")
			.isGreaterThanOrEqualTo(processedAtKill - 1000)
			.isGreaterThanOrEqualTo(1000);
		if (graceful) {
			assertThat(crashed.status(id)).as("left for the next instance, not failed").isEqualTo("RUNNING");
			assertThat(crashed.processed(id)).as("every chunk the stopped run wrote was committed")
				.isGreaterThanOrEqualTo(processedAtKill)
				.isLessThan(file.contacts());
		}
		try (ChildService second = ChildService.start(crashed.env(),
				ChildService.logFile(database + "-" + mode + "-2"))) {
			JsonNode done = waitFor(second.http(), id, (job) -> !job.get("status").asString().equals("RUNNING"));
			assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
			assertThat(done.get("rows").get("processed").asLong()).isEqualTo(file.contacts());
			assertThat(done.get("rows").get("failed").asLong()).isZero();
			assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(file.companies());
			assertThat(done.get("counts").get("contacts").get("created").asLong()).isEqualTo(file.contacts());
		}

		Target clean = Target.create(database, "clean");
		try (ChildService service = ChildService.start(clean.env(), ChildService.logFile(database + "-clean"))) {
			String cleanId = upload(service.http(), file.bytes());
			assertThat(service.http().post("/api/v1/imports/" + cleanId + "/start", null).status()).isEqualTo(202);
			waitFor(service.http(), cleanId, (job) -> job.get("status").asString().equals("COMPLETED"));
		}

		Map<String, List<String>> after = crashed.dump();
		Map<String, List<String>> expected = clean.dump();
		assertThat(after.get("companies")).hasSize(file.companies());
		assertThat(after.get("contacts")).hasSize(file.contacts());
		assertThat(after).isEqualTo(expected);
		assertThat(crashed.runs(id)).isEqualTo(2);
	}

	/**
	 * An undo runs as a scheduler task, as an import does. Stopped with the service
	 * (SIGTERM) it ends after a committed chunk and is handed back to the queue, the job
	 * left UNDOING; killed (SIGKILL) it is revived once its heartbeats lapse. Restarted
	 * each time, the service goes on where the undo stopped: in the end every record the
	 * import created is gone and the report counts each removal once.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void anUndoStoppedOrKilledMidwayGoesOnAfterTheRestart(String database) throws Exception {
		CompanyFiles.Generated file = CompanyFiles.swedish(2_000, 17, WINDOWS_1252);
		long written = file.companies() + file.contacts();
		Target target = Target.create(database, "undo");
		String id;
		try (ChildService service = ChildService.start(target.env(), ChildService.logFile(database + "-undo-0"))) {
			id = upload(service.http(), file.bytes());
			assertThat(service.http().post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
			waitFor(service.http(), id, (job) -> job.get("status").asString().equals("COMPLETED"));
		}
		assertThat(target.records()).isEqualTo(written);
		// Chunks of 5 rows (removals in batches of 25) from here on: long enough an undo
		// to stop in the middle.
		Map<String, String> small = new HashMap<>(target.env());
		small.put("INTAKE_CHUNK_SIZE", "5");

		long left;
		Path firstLog = ChildService.logFile(database + "-undo-1");
		try (ChildService first = ChildService.start(small, firstLog)) {
			assertThat(first.http().post("/api/v1/imports/" + id + "/undo", null).status()).isEqualTo(202);
			awaitRecordsBelow(first.http(), written);
			stopQuietly(first, firstLog);
		}
		assertThat(target.status(id)).as("left for the next instance, not failed").isEqualTo("UNDOING");
		left = target.records();
		assertThat(left).as("handed on in the middle").isPositive().isLessThan(written);

		try (ChildService second = ChildService.start(small, ChildService.logFile(database + "-undo-2"))) {
			awaitRecordsBelow(second.http(), left);
			second.kill();
		}
		assertThat(target.status(id)).isEqualTo("UNDOING");
		assertThat(target.records()).as("killed in the middle").isPositive().isLessThan(left);

		try (ChildService third = ChildService.start(target.env(), ChildService.logFile(database + "-undo-3"))) {
			JsonNode done = waitFor(third.http(), id, (job) -> !job.get("status").asString().equals("UNDOING"));
			assertThat(done.get("status").asString()).isEqualTo("UNDONE");
			JsonNode undo = third.http().get("/api/v1/imports/" + id + "/undo-preview").json();
			assertThat(undo.get("remove").get("companies").asLong()).isEqualTo(file.companies());
			assertThat(undo.get("remove").get("contacts").asLong()).isEqualTo(file.contacts());
			assertThat(undo.get("kept")).isEmpty();
		}
		assertThat(target.records()).isZero();
	}

	/**
	 * Stops the service with SIGTERM: it exits by itself within 15 s (its runs end after
	 * their chunk) and logs no warning or error on the way (a run handed back to the
	 * queue is not a failure).
	 */
	private static void stopQuietly(ChildService service, Path log) throws Exception {
		long before = Files.readAllLines(log).size();
		Duration stopped = service.terminate();
		assertThat(stopped).as("stopped without being killed, within a chunk").isNotNull();
		assertThat(stopped).isLessThan(Duration.ofSeconds(15));
		List<String> lines = Files.readAllLines(log);
		assertThat(lines.subList((int) before, lines.size())).as("the shutdown's log lines, in %s", log)
			.noneMatch((line) -> line.contains(" ERROR ") || line.contains(" WARN "));
	}

	/**
	 * Waits until the service lists fewer than {@code count} companies and contacts: an
	 * undo committed a chunk. (The API, not the database: H2 is the service's own.)
	 */
	private static void awaitRecordsBelow(Http http, long count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (http.get("/api/v1/records/companies?limit=1").json().get("total").asLong()
				+ http.get("/api/v1/records/contacts?limit=1").json().get("total").asLong() >= count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No undo chunk was committed");
			}
			Thread.sleep(10);
		}
	}

	private static String upload(Http http, byte[] bytes) {
		Http.Response response = http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv", bytes);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static JsonNode waitFor(Http http, String id, Predicate<JsonNode> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = http.get("/api/v1/imports/" + id).json();
			if (condition.test(job)) {
				return job;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("Import " + id + " did not reach the expected state");
	}

	/**
	 * A database and data directory for one service; dumps the imported records
	 * canonically.
	 */
	private record Target(String url, String user, String password, Path dataDir) {

		static Target create(String database, String name) throws Exception {
			Path dir = Files.createTempDirectory("intake-crash-" + name + "-");
			if (database.equals("postgres")) {
				return new Target(PostgresTestDatabase.createFresh(), PostgresTestDatabase.user(),
						PostgresTestDatabase.password(), dir);
			}
			return new Target("jdbc:h2:file:" + dir.resolve("db/intake")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE", "sa",
					"", dir);
		}

		Map<String, String> env() {
			Map<String, String> env = new HashMap<>();
			env.put("SPRING_DATASOURCE_URL", this.url);
			env.put("SPRING_DATASOURCE_USERNAME", this.user);
			env.put("SPRING_DATASOURCE_PASSWORD", this.password);
			env.put("INTAKE_DATA_DIR", this.dataDir.toString());
			env.put("INTAKE_CHUNK_SIZE", "1000");
			env.put("INTAKE_HEARTBEAT", "1s");
			return env;
		}

		/** Companies and contacts without ids, versions or job ids, sorted. */
		Map<String, List<String>> dump() throws SQLException {
			Map<String, List<String>> dump = new HashMap<>();
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement()) {
				dump.put("companies", rows(statement, "SELECT company_gov_no_key, company_id, company_name,"
						+ " company_post_street, company_post_postcode, company_post_city, company_phone, company_email"
						+ " FROM company ORDER BY company_gov_no_key"));
				dump.put("contacts",
						rows(statement, "SELECT c.company_gov_no_key, k.contact_first_name,"
								+ " k.contact_last_name, k.contact_role_email, k.contact_role_position FROM contact k"
								+ " JOIN company c ON c.id = k.company_ref_id ORDER BY k.contact_role_email"));
			}
			return dump;
		}

		/**
		 * Companies and contacts in the database. Counted with a condition: H2 answers a
		 * bare {@code COUNT(*)} from the table's row counter, which can stay off after a
		 * {@code kill -9} (4 rows too many on an empty table, seen here).
		 */
		long records() throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(
							"SELECT (SELECT COUNT(*) FROM company WHERE id > 0) + (SELECT COUNT(*) FROM contact WHERE id > 0)")) {
				rs.next();
				return rs.getLong(1);
			}
		}

		long processed(String jobId) throws SQLException {
			return Long.parseLong(jobColumn("rows_processed", jobId));
		}

		String status(String jobId) throws SQLException {
			return jobColumn("status", jobId);
		}

		int runs(String jobId) throws SQLException {
			return Integer.parseInt(jobColumn("runs", jobId));
		}

		/** One column of the job's row, as text. */
		private String jobColumn(String column, String jobId) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement();
					ResultSet rs = statement
						.executeQuery("SELECT " + column + " FROM import_job WHERE id = '" + jobId + "'")) {
				rs.next();
				return rs.getString(1);
			}
		}

		private static List<String> rows(Statement statement, String sql) throws SQLException {
			List<String> rows = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery(sql)) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= columns; i++) {
						row.append(rs.getString(i)).append('|');
					}
					rows.add(row.toString());
				}
			}
			return rows;
		}

	}

}
