package intake.job;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import intake.support.CompanyFiles;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview request whose copy of the job predates a change of mapping and the import's
 * start gets the preview the import recorded: the job is read again before anything is
 * built, so no preview of the superseded mapping is built, and none deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PreviewRevisionsContract {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	@Autowired
	Previews previews;

	@Autowired
	JobRepository jobs;

	@Autowired
	UploadStore uploads;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void aRequestWithACopyOfTheJobFromBeforeItsStartGetsThePreviewTheImportRecorded() throws IOException {
		Http.Response uploaded = upload(150);
		String id = uploaded.json().get("id").asString();
		long tenant = tenantOf(id);
		ImportJob beforeStart = this.jobs.find(tenant, id).orElseThrow();
		int position = columnOf(uploaded, "ContactRolePosition");
		// the import leaves the contacts' positions out
		Http.Response mapped = this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"columns\": {\"" + position + "\": null}}");
		assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		this.http.waitForJob(id, (job) -> job.get("status").asString().equals("COMPLETED"));
		List<String> recorded = previewFiles(id);
		assertThat(recorded).hasSize(5);
		PreviewSummary importRecorded = this.previews.summary(this.jobs.find(tenant, id).orElseThrow());

		assertThat(this.previews.summary(beforeStart)).isEqualTo(importRecorded);
		assertThat(this.previews.preview(beforeStart, 0, 2, false).items()).hasSize(2).allSatisfy((item) -> {
			assertThat(item.status()).isEqualTo("CREATE");
			assertThat(item.values()).containsKey("ContactFirstName").doesNotContainKey("ContactRolePosition");
		});
		assertThat(previewFiles(id)).as("nothing built, nothing deleted").containsExactlyInAnyOrderElementsOf(recorded);
		ImportJob completed = this.jobs.find(tenant, id).orElseThrow();
		// with other tenant settings the job's current revision has no preview: the one
		// the import recorded is shown, and no other is built
		String settings = this.http.get("/api/v1/settings").body();
		try {
			assertThat(this.http.put("/api/v1/settings", "{\"country\":\"no\"}").status()).isEqualTo(200);
			assertThat(this.previews.summary(completed)).isEqualTo(importRecorded);
			assertThat(this.previews.preview(completed, 0, 2, false).items()).hasSize(2)
				.allSatisfy((item) -> assertThat(item.values()).doesNotContainKey("ContactRolePosition"));
			assertThat(previewFiles(id)).containsExactlyInAnyOrderElementsOf(recorded);
		}
		finally {
			assertThat(this.http.put("/api/v1/settings", settings).status()).isEqualTo(200);
		}
	}

	@Test
	void aRequestWithACopyOfTheJobFromBeforeAMappingChangeGetsTheNewMappingsPreview() throws IOException {
		Http.Response uploaded = upload(60);
		String id = uploaded.json().get("id").asString();
		long tenant = tenantOf(id);
		ImportJob beforeChange = this.jobs.find(tenant, id).orElseThrow();
		assertThat(this.previews.preview(beforeChange, 0, 1, false).items().get(0).values())
			.containsKey("ContactRolePosition");
		List<String> first = previewFiles(id);
		int position = columnOf(uploaded, "ContactRolePosition");
		Http.Response mapped = this.http.put("/api/v1/imports/" + id + "/mapping",
				"{\"columns\": {\"" + position + "\": null}}");
		assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);

		assertThat(this.previews.preview(beforeChange, 0, 1, false).items()).hasSize(1)
			.allSatisfy((item) -> assertThat(item.values()).doesNotContainKey("ContactRolePosition"));
		assertThat(previewFiles(id)).as("the new mapping's preview built, the old one's deleted")
			.hasSize(5)
			.doesNotContainAnyElementsOf(first);
	}

	@Test
	void aPreviewAnotherInstanceIsBuildingIsWaitedForAndNotBuiltBesideIt() throws Exception {
		String id = upload(40).json().get("id").asString();
		try (PreviewLockHolder.Child other = PreviewLockHolder.start(this.uploads.directory(id))) {
			CompletableFuture<Http.Response> request = CompletableFuture
				.supplyAsync(() -> this.http.get("/api/v1/imports/" + id + "/preview?limit=5"));
			Thread.sleep(1_000);
			assertThat(request).as("waits for the other instance's build").isNotDone();
			assertThat(previewFiles(id)).as("nothing written beside the other instance's build").isEmpty();
			assertThat(other.release()).isEqualTo("released");
			Http.Response preview = request.get(60, TimeUnit.SECONDS);
			assertThat(preview.status()).as(preview.body()).isEqualTo(200);
			assertThat(preview.json().get("items")).hasSize(5);
			assertThat(preview.json().get("rows").get("total").asLong())
				.isEqualTo(this.http.get("/api/v1/imports/" + id).json().get("rows").get("total").asLong())
				.isPositive();
		}
	}

	@Test
	void anImportStartedWhileAnotherInstanceBuildsThePreviewWaitsForThatBuild() throws Exception {
		String id = upload(40).json().get("id").asString();
		try (PreviewLockHolder.Child other = PreviewLockHolder.start(this.uploads.directory(id))) {
			assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
			this.http.waitForJob(id, (job) -> job.get("status").asString().equals("RUNNING"));
			Thread.sleep(1_000);
			tools.jackson.databind.JsonNode job = this.http.get("/api/v1/imports/" + id).json();
			assertThat(job.get("status").asString()).isEqualTo("RUNNING");
			assertThat(job.get("rows").get("processed").asLong()).as("no row before the build ends").isZero();
			assertThat(previewFiles(id)).isEmpty();
			assertThat(other.release()).isEqualTo("released");
			this.http.waitForJob(id, (j) -> j.get("status").asString().equals("COMPLETED"));
		}
		assertThat(previewFiles(id)).as("the import recorded the preview").hasSize(5);
		assertThat(PreviewLockHolder.tryInAnotherProcess(this.uploads.directory(id)))
			.as("the import's recorder released the lock")
			.isEqualTo("taken");
		Http.Response preview = this.http.get("/api/v1/imports/" + id + "/preview?limit=5");
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.json().get("rows").get("total").asLong())
			.isEqualTo(this.http.get("/api/v1/imports/" + id).json().get("rows").get("total").asLong())
			.isPositive();
	}

	private Http.Response upload(int companies) {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "f.csv",
				CompanyFiles.swedish(companies, 2, WINDOWS_1252).bytes());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded;
	}

	private long tenantOf(String id) {
		return this.jdbc.sql("SELECT tenant_id FROM import_job WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** The index of the column the upload mapped to the field. */
	private static int columnOf(Http.Response uploaded, String field) {
		for (tools.jackson.databind.JsonNode column : uploaded.json().get("columns")) {
			if (field.equals(column.get("field").asString())) {
				return column.get("index").asInt();
			}
		}
		throw new AssertionError(field + " is not mapped: " + uploaded.body());
	}

	private List<String> previewFiles(String id) throws IOException {
		try (Stream<Path> files = Files.list(this.uploads.directory(id))) {
			return files.map((f) -> f.getFileName().toString()).filter((n) -> n.startsWith("preview-")).toList();
		}
	}

}
