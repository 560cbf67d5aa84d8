package intake.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import intake.support.ChildService;
import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service asked to stop ends its open event streams at once (the clients reconnect, to
 * another instance, after the {@code retry:} the stream gave them) instead of keeping the
 * shutdown waiting for them until the graceful shutdown's time is up.
 */
class EventStreamShutdownTest {

	@Test
	void onH2() throws Exception {
		Path data = Files.createTempDirectory("intake-shutdown-");
		openEventStreamsEndAtOnceWhenTheServiceStops(Map.of("INTAKE_DATA_DIR", data.toString()), "h2");
	}

	@Test
	void onPostgres() throws Exception {
		Path data = Files.createTempDirectory("intake-shutdown-");
		openEventStreamsEndAtOnceWhenTheServiceStops(Map.of("SPRING_DATASOURCE_URL", PostgresTestDatabase.createFresh(),
				"SPRING_DATASOURCE_USERNAME", PostgresTestDatabase.user(), "SPRING_DATASOURCE_PASSWORD",
				PostgresTestDatabase.password(), "INTAKE_DATA_DIR", data.toString()), "postgres");
	}

	private void openEventStreamsEndAtOnceWhenTheServiceStops(Map<String, String> env, String db) throws Exception {
		Path log = ChildService.logFile("event-stream-shutdown-" + db);
		Files.deleteIfExists(log);
		try (ChildService service = ChildService.start(env, log)) {
			Http http = service.http();
			Http.Response uploaded = http.upload("/api/v1/imports", Map.of("type", "companies"), "f.csv",
					CompanyFiles.swedish(20, 2, Charset.forName("windows-1252")).bytes());
			assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
			String id = uploaded.json().get("id").asString();
			HttpRequest request = HttpRequest.newBuilder(URI.create(http.url("/api/v1/imports/" + id + "/events")))
				.header("Accept", "text/event-stream")
				.header("Authorization", Http.ADMIN_AUTHORIZATION)
				.build();
			HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).isEqualTo(200);
			Iterator<String> lines = response.body().iterator();
			String first;
			do {
				first = lines.next();
			}
			while (!first.startsWith("data:"));
			assertThat(first).contains("\"MAPPING\"");
			// the job waits for its mapping: the stream stays open until the service
			// stops
			CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
				while (lines.hasNext()) {
					lines.next();
				}
			});
			Thread.sleep(500);
			assertThat(ended).isNotDone();

			long before = Files.readAllLines(log).size();

			Duration stopped = service.terminate();

			assertThat(stopped).as("the service exited without being killed").isNotNull();
			assertThat(stopped).as("stopped without waiting for the open stream").isLessThan(Duration.ofSeconds(15));
			// ended as a stream ends, not broken off
			ended.get(5, TimeUnit.SECONDS);
			List<String> shutdown = Files.readAllLines(log);
			assertThat(shutdown.subList((int) before, shutdown.size())).as("the shutdown's log lines, in %s", log)
				.noneMatch((line) -> line.contains(" ERROR ") || line.contains(" WARN "));
		}
	}

}
