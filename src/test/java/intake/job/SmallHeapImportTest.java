package intake.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import intake.support.ChildService;
import intake.support.Http;
import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory does not grow with the file: 50,000 rows import into PostgreSQL in a service
 * whose heap is capped at 128 MB.
 */
class SmallHeapImportTest {

	@Test
	void fiftyThousandRowsImportIntoPostgresWithA128MegabyteHeap() throws Exception {
		Path file = Files.createTempFile("intake-50k-", ".csv");
		Process generator = new ProcessBuilder("python3", "../shared/tools/gen_companies.py", "50000", file.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(generator.waitFor()).as("gen_companies.py").isZero();
		Path data = Files.createTempDirectory("intake-128m-");
		Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", PostgresTestDatabase.createFresh(),
				"SPRING_DATASOURCE_USERNAME", PostgresTestDatabase.user(), "SPRING_DATASOURCE_PASSWORD",
				PostgresTestDatabase.password(), "INTAKE_DATA_DIR", data.toString());
		try (ChildService service = ChildService.start(env, ChildService.logFile("small-heap"), "-Xmx128m",
				"-XX:+ExitOnOutOfMemoryError")) {
			Http http = service.http();
			Http.Response upload = http.upload("/api/v1/imports", Map.of("type", "companies"), "50k.csv",
					Files.readAllBytes(file));
			assertThat(upload.status()).as(upload.body()).isEqualTo(201);
			String id = upload.json().get("id").asString();
			assertThat(http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			JsonNode job = null;
			while (System.nanoTime() < deadline) {
				job = http.get("/api/v1/imports/" + id).json();
				if (!job.get("status").asString().matches("QUEUED|RUNNING")) {
					break;
				}
				Thread.sleep(200);
			}
			assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
			assertThat(job.get("rows").get("imported").asLong()).isEqualTo(50_000);
			assertThat(job.get("counts").get("contacts").get("created").asLong()).isEqualTo(50_000);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
