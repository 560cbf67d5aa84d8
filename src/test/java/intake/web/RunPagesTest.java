package intake.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.security.CurrentTenant;
import intake.security.Role;
import intake.security.Tenants;
import intake.security.UserAccounts;
import intake.support.FormBrowser;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error paths of the preview and job pages, without a browser: refusals render a page
 * with the service's message and the right status, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunPagesTest {

	static final String PASSWORD = "a long enough password";

	static final String CSV = "Företagsnamn;Ort;E-post\r\nBolag Ett;Umeå;info@ett.se\r\nBolag Två;Luleå;inte-en-adress\r\n";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	UserAccounts accounts;

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-run-pages-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	Http api() {
		return new Http(this.port);
	}

	FormBrowser signedIn(String username, String password) {
		FormBrowser browser = new FormBrowser(this.port);
		Http.Response login = browser.login(username, password);
		assertThat(login.status()).as(login.body()).isEqualTo(302);
		assertThat(login.header("Location")).doesNotContain("error");
		return browser;
	}

	/** A signed-in session of a cookie-keeping client, for reading the event stream. */
	Http session(String username, String password) {
		Http browser = new Http(this.port).browser();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(browser.get("/login").body());
		assertThat(csrf.find()).isTrue();
		Http.Response login = browser.form("/login",
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
		assertThat(login.status()).as(login.body()).isEqualTo(302);
		return browser;
	}

	FormBrowser admin() {
		return signedIn(Http.ADMIN, Http.ADMIN_PASSWORD);
	}

	String upload(String csv) {
		Http.Response uploaded = api().upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	String completed(String csv) {
		String id = upload(csv);
		assertThat(api().post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String status = api().get("/api/v1/imports/" + id).json().get("status").asString();
			if (status.equals("COMPLETED")) {
				return id;
			}
			assertThat(status).isIn("QUEUED", "RUNNING");
			sleep();
		}
		throw new AssertionError("The import did not complete");
	}

	@Test
	void thePreviewShowsTheTotalsTheInvalidCellAndTheProblemFileIsTheApisFile() {
		String id = upload(CSV);
		FormBrowser browser = admin();
		Http.Response page = browser.get("/imports/" + id + "/preview");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("2 rows: 1 valid, 1 invalid", "class=\"invalid\"", "inte-en-adress",
				"Import 1 rows");
		Http.Response problems = browser.get("/imports/" + id + "/problems.csv");
		assertThat(problems.status()).isEqualTo(200);
		assertThat(problems.body()).isEqualTo(api().get("/api/v1/imports/" + id + "/problems.csv").body())
			.contains("inte-en-adress");
	}

	@Test
	void aLargeFileGetsAWaitingPageThatBuildsThePreviewAndReloadsItself() {
		StringBuilder csv = new StringBuilder("Företagsnamn;Ort\r\n");
		long rows = PreviewPage.BUILD_IN_BACKGROUND_ABOVE + 1;
		for (long i = 0; i < rows; i++) {
			csv.append("Väntebolag ").append(i).append(" AB;Umeå\r\n");
		}
		String id = upload(csv.toString());
		FormBrowser browser = admin();
		Http.Response waiting = browser.get("/imports/" + id + "/preview");
		assertThat(waiting.status()).isEqualTo(200);
		assertThat(waiting.body())
			.contains("id=\"preview-building\"", "hx-get=\"/imports/" + id + "/preview/build\"", "hx-trigger=\"load\"",
					"Checking every one of the 50,001 rows", "wait=1")
			.doesNotContain("id=\"preview-rows\"");
		Http.Response built = browser.get("/imports/" + id + "/preview/build");
		assertThat(built.status()).isEqualTo(204);
		assertThat(built.header("HX-Refresh")).isEqualTo("true");
		Http.Response page = browser.get("/imports/" + id + "/preview");
		assertThat(page.body()).contains("id=\"preview-rows\"", "50,001 rows: 50,001 valid")
			.doesNotContain("preview-building");
		// a small file is shown at once; ?wait=1 builds in the request (without scripts)
		String small = upload(CSV);
		assertThat(browser.get("/imports/" + small + "/preview").body()).contains("id=\"preview-rows\"");
		assertThat(browser.get("/imports/" + small + "/preview?wait=1").body()).contains("id=\"preview-rows\"");
	}

	@Test
	void startingAJobInTheWrongStateAnswers409WithTheReason() {
		String id = completed(CSV);
		FormBrowser browser = admin();
		Http.Response refused = browser.submit("/imports/" + id, "/imports/" + id + "/start", Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("text/html");
		assertThat(refused.body()).contains("Not possible now", "the import is COMPLETED");
	}

	@Test
	void cancellingACompletedJobAnswers409OnTheJobPageWithTheReason() {
		String id = completed(CSV);
		FormBrowser browser = admin();
		Http.Response refused = browser.submit("/imports/" + id, "/imports/" + id + "/cancel", Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.body()).contains("id=\"refusal\"", "Cannot cancel: the import is COMPLETED already",
				"Completed", id);
	}

	@Test
	void thePreviewOfAnotherTenantsImportIs404() {
		String id = upload(CSV);
		String tag = "run" + UUID.randomUUID().toString().substring(0, 8);
		long other = this.tenants.create(tag);
		this.accounts.create(other, tag + "-admin", PASSWORD, Role.ADMIN);
		FormBrowser stranger = signedIn(tag + "-admin", PASSWORD);
		for (String path : new String[] { "/preview", "", "/problems.csv", "/errors.csv" }) {
			Http.Response page = stranger.get("/imports/" + id + path);
			assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(404);
			assertThat(page.body()).as(path).contains("There is no such import");
		}
		Http.Response stream = new Http(this.port).browser().events("/imports/" + id + "/progress");
		assertThat(stream.status()).as("no session: sign in first").isEqualTo(302);
	}

	@Test
	void aViewerSeesThePreviewButGets403OnStart() {
		String id = upload(CSV);
		String name = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(CurrentTenant.DEMO, name, PASSWORD, Role.VIEWER);
		FormBrowser viewer = signedIn(name, PASSWORD);
		assertThat(viewer.get("/imports/" + id + "/preview").status()).isEqualTo(200);
		Http.Response refused = viewer.submit("/imports/" + id + "/preview", "/imports/" + id + "/start", Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(api().get("/api/v1/imports/" + id).json().get("status").asString()).isEqualTo("MAPPING");
	}

	@Test
	void invalidOptionsRenderThePreviewWithTheMessageAndA422() {
		String id = upload(CSV);
		FormBrowser browser = admin();
		Http.Response refused = browser.submit("/imports/" + id + "/preview", "/imports/" + id + "/options",
				Map.of("mode", "SOMETIMES"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"refusal\"", "SOMETIMES", "id=\"preview-rows\"");
		Http.Response applied = browser.submit("/imports/" + id + "/preview", "/imports/" + id + "/options",
				Map.of("mode", "UPSERT", "onError", "SKIP_ROW", "emptyCells", "CLEAR"));
		assertThat(applied.status()).isEqualTo(303);
		assertThat(api().get("/api/v1/imports/" + id).json().get("options").get("mode").asString()).isEqualTo("UPSERT");
	}

	@Test
	void theProgressStreamSendsTheStatusAtOnceAndAJobInMappingGoesToItsPreview() {
		String id = completed(CSV);
		String mapping = upload(CSV);
		Http browser = session(Http.ADMIN, Http.ADMIN_PASSWORD);
		Http.Response redirect = browser.get("/imports/" + mapping);
		assertThat(redirect.status()).isEqualTo(303);
		assertThat(redirect.header("Location")).endsWith("/imports/" + mapping + "/preview");
		Http.Response stream = browser.events("/imports/" + id + "/progress");
		assertThat(stream.status()).as(stream.body()).isEqualTo(200);
		assertThat(stream.contentType()).startsWith("text/event-stream");
		String first = stream.body().substring(0, stream.body().indexOf("\n\n"));
		assertThat(first).contains("event:done").contains("data:").contains("Completed", id);
		assertThat(first.lines().filter((line) -> line.startsWith("data:")).count()).as(first).isEqualTo(1);
		assertThat(first).doesNotContain("sse-connect");
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
