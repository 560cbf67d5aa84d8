package intake.job;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import intake.support.ChildService;
import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one PostgreSQL database share the queue: each job is run by
 * exactly one of them, and both run some.
 */
class TwoInstancesTest {

	@Test
	void tenQueuedJobsRunExactlyOnceEachSpreadOverBothInstances() throws Exception {
		String url = PostgresTestDatabase.createFresh();
		Path data = Files.createTempDirectory("intake-two-");
		Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME",
				PostgresTestDatabase.user(), "SPRING_DATASOURCE_PASSWORD", PostgresTestDatabase.password(),
				"INTAKE_DATA_DIR", data.toString(), "INTAKE_WORKERS", "1", "INTAKE_CHUNK_SIZE", "500");
		try (ChildService a = ChildService.start(env, ChildService.logFile("two-instances-a"));
				ChildService b = ChildService.start(env, ChildService.logFile("two-instances-b"))) {
			List<String> ids = new ArrayList<>();
			Map<String, Integer> expectedContacts = new HashMap<>();
			for (int i = 0; i < 10; i++) {
				CompanyFiles.Generated file = CompanyFiles.swedish(400, 100 + i, Charset.forName("windows-1252"));
				byte[] bytes = new String(file.bytes(), Charset.forName("windows-1252"))
					.replace("info", "info" + i + "x")
					.replace("kontakt", "kontakt" + i + "x")
					.getBytes(Charset.forName("windows-1252"));
				Http.Response upload = a.http()
					.upload("/api/v1/imports", Map.of("type", "companies"), "f" + i + ".csv", bytes);
				assertThat(upload.status()).as(upload.body()).isEqualTo(201);
				String id = upload.json().get("id").asString();
				ids.add(id);
				expectedContacts.put(id, file.contacts());
			}
			for (int i = 0; i < ids.size(); i++) {
				Http via = (i % 2 == 0) ? a.http() : b.http();
				assertThat(via.post("/api/v1/imports/" + ids.get(i) + "/start", null).status()).isEqualTo(202);
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
			Set<String> done = new HashSet<>();
			while (done.size() < ids.size() && System.nanoTime() < deadline) {
				for (String id : ids) {
					JsonNode job = b.http().get("/api/v1/imports/" + id).json();
					String status = job.get("status").asString();
					assertThat(status).isIn("QUEUED", "RUNNING", "COMPLETED");
					if (status.equals("COMPLETED")) {
						done.add(id);
					}
				}
				Thread.sleep(200);
			}
			assertThat(done).hasSize(ids.size());
			Set<String> runners = new HashSet<>();
			try (Connection connection = DriverManager.getConnection(url, PostgresTestDatabase.user(),
					PostgresTestDatabase.password()); Statement statement = connection.createStatement()) {
				for (String id : ids) {
					try (ResultSet rs = statement.executeQuery("SELECT runs, runner, (SELECT COUNT(*) FROM contact"
							+ " WHERE import_job_id = j.id) FROM import_job j WHERE id = '" + id + "'")) {
						assertThat(rs.next()).isTrue();
						assertThat(rs.getInt(1)).as("runs of " + id).isEqualTo(1);
						runners.add(rs.getString(2));
						assertThat(rs.getLong(3)).as("contacts of " + id).isEqualTo((long) expectedContacts.get(id));
					}
				}
				try (ResultSet rs = statement
					.executeQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'import'")) {
					rs.next();
					assertThat(rs.getLong(1)).as("finished tasks are removed").isZero();
				}
			}
			assertThat(runners).as("both instances ran jobs").hasSize(2);
		}
	}

	/**
	 * An undo is a task of the shared queue too: an instance that starts while another
	 * one undoes an import leaves that undo alone (it used to take up every job it found
	 * UNDOING), and the undo ends once, with every record of the import removed.
	 */
	@Test
	void anUndoRunsOnOneInstanceAlsoWhenAnotherStartsMeanwhile() throws Exception {
		String url = PostgresTestDatabase.createFresh();
		Path data = Files.createTempDirectory("intake-two-undo-");
		Map<String, String> env = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME",
				PostgresTestDatabase.user(), "SPRING_DATASOURCE_PASSWORD", PostgresTestDatabase.password(),
				"INTAKE_DATA_DIR", data.toString(), "INTAKE_CHUNK_SIZE", "1000"));
		CompanyFiles.Generated file = CompanyFiles.swedish(15_000, 23, Charset.forName("windows-1252"));
		String id;
		try (ChildService importer = ChildService.start(env, ChildService.logFile("two-undo-import"))) {
			Http.Response upload = importer.http()
				.upload("/api/v1/imports", Map.of("type", "companies"), "f.csv", file.bytes());
			assertThat(upload.status()).as(upload.body()).isEqualTo(201);
			id = upload.json().get("id").asString();
			assertThat(importer.http().post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
			assertThat(awaitStatus(importer.http(), id, "RUNNING", "QUEUED")).isEqualTo("COMPLETED");
		}
		// Undo chunks of one row: the undo lasts while the second instance starts.
		env.put("INTAKE_CHUNK_SIZE", "1");
		Path logA = ChildService.logFile("two-undo-a");
		Path logB = ChildService.logFile("two-undo-b");
		long linesA = Files.exists(logA) ? Files.readAllLines(logA).size() : 0;
		long linesB = Files.exists(logB) ? Files.readAllLines(logB).size() : 0;
		try (ChildService a = ChildService.start(env, logA)) {
			assertThat(a.http().post("/api/v1/imports/" + id + "/undo", null).status()).isEqualTo(202);
			// up sooner without the analysis warm-up, while the undo still runs
			Map<String, String> quick = new HashMap<>(env);
			quick.put("INTAKE_WARM_UP", "false");
			try (ChildService b = ChildService.start(quick, logB)) {
				assertThat(b.http().get("/api/v1/imports/" + id).json().get("status").asString())
					.as("still undoing when the second instance is up")
					.isEqualTo("UNDOING");
				assertThat(awaitStatus(b.http(), id, "UNDOING")).isEqualTo("UNDONE");
				JsonNode undo = b.http().get("/api/v1/imports/" + id + "/undo-preview").json();
				assertThat(undo.get("remove").get("companies").asLong()).isEqualTo(file.companies());
				assertThat(undo.get("remove").get("contacts").asLong()).isEqualTo(file.contacts());
				assertThat(b.http().get("/api/v1/records/contacts?limit=1").json().get("total").asLong()).isZero();
				assertThat(b.http().get("/api/v1/records/companies?limit=1").json().get("total").asLong()).isZero();
			}
		}
		List<String> a = Files.readAllLines(logA);
		List<String> b = Files.readAllLines(logB);
		String undoing = "Undoing import " + id;
		assertThat(a.subList((int) linesA, a.size())).as("the instance asked ran the undo")
			.filteredOn((line) -> line.contains(undoing))
			.hasSize(1);
		assertThat(b.subList((int) linesB, b.size())).as("the instance started meanwhile left it alone")
			.noneMatch((line) -> line.contains(undoing));
	}

	/** Waits while the job is in one of {@code passing}; its status after. */
	private static String awaitStatus(Http http, String id, String... passing) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (System.nanoTime() < deadline) {
			String status = http.get("/api/v1/imports/" + id).json().get("status").asString();
			if (!List.of(passing).contains(status)) {
				return status;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Import " + id + " stayed " + String.join(" or ", passing));
	}

}
