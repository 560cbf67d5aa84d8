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

}
