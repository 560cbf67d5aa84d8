package intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.job.OptionsChange;
import intake.job.SourceSettings;
import intake.security.Role;
import intake.security.Tenants;
import intake.security.UserAccounts;
import intake.support.FormBrowser;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start, upload and source pages over HTTP without a browser: the upload's error
 * paths each answer the upload page again with a message and a 4xx status, another
 * tenant's import is a 404, a viewer may not upload and a started import's source cannot
 * change. The upload limit is 4 KB here so that "too large" is cheap to send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=4KB" })
class StartPagesTest {

	private static final String PASSWORD = "a long enough password";

	private static final Pattern UPLOAD_ACTION = Pattern
		.compile("<form[^>]*id=\"upload-form\"[^>]*action=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ImportJobs imports;

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-start-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	@Test
	void theHomePageIsTheStartPageWithTheThirteenTypes() {
		Http.Response home = admin().get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(Pattern.compile("<li id=\"type-").matcher(home.body()).results().count()).isEqualTo(13);
		assertThat(home.body()).contains("href=\"/imports/new/companies\"",
				"href=\"/imports/new/accounts/template.xlsx\"", "Chart of accounts");
		Http.Response template = admin().get("/imports/new/companies/template.csv");
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.header("Content-Disposition")).contains("companies-template.csv");
	}

	@Test
	void aCsvUploadGoesOnToItsSourcePageWhichEscapesTheFilesText() {
		FormBrowser browser = admin();
		Http.Response uploaded = upload(browser, "companies", "kunder.csv",
				"Företagsnamn;Ort\r\n<b>Åre</b> AB;Umeå\r\nMalmö AB;Malmö\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
		String location = uploaded.header("Location");
		assertThat(location).matches(".*/imports/[0-9a-f-]{36}/source");
		Http.Response source = browser.get(path(location));
		assertThat(source.status()).isEqualTo(200);
		assertThat(source.body()).contains("&lt;b&gt;", "<mark class=\"nordic\">Umeå</mark>", "UTF-8")
			.doesNotContain("<b>Åre");
	}

	@Test
	void noFileChosenIsTheUploadPageAgainWith400() {
		Http.Response response = upload(admin(), "companies", "", new byte[0]);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"upload-form\"", "Choose a file to upload first.");
	}

	@Test
	void anOldExcelFileIsRefusedWithTheReasonAnd422() {
		byte[] xls = new byte[512];
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, xls, 0, signature.length);
		Http.Response response = upload(admin(), "companies", "kunder.xls", xls);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("id=\"upload-form\"", "Intake cannot read this kind of file.",
				"old Excel workbook (.xls)");
	}

	@Test
	void anEmptyFileIsRefusedWith422() {
		Http.Response response = upload(admin(), "companies", "tom.csv", new byte[0]);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("id=\"upload-form\"", "The file is empty.");
	}

	@Test
	void aFileAboveTheLimitIsTheUploadPageAgainWithTheLimitAnd413() {
		FormBrowser browser = admin();
		assertThat(browser.get("/imports/new/companies").body()).contains("at most 4 KB");
		byte[] big = ("Företagsnamn;Ort\r\n" + "Stora Bolaget AB;Göteborg\r\n".repeat(400))
			.getBytes(StandardCharsets.UTF_8);
		Http.Response response = upload(browser, "companies", "stor.csv", big);
		assertThat(response.status()).as(response.body()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.body()).contains("id=\"upload-form\"", "The file is larger than the limit of 4 KB.");
		Http.Response api = new Http(this.port).upload("/api/v1/imports", Map.of("type", "companies"), "stor.csv", big);
		assertThat(api.status()).as("the API keeps its JSON error").isEqualTo(413);
		assertThat(api.body()).contains("\"FILE_TOO_LARGE\"");
	}

	@Test
	void anUnknownTypeIs404() {
		FormBrowser browser = admin();
		Http.Response page = browser.get("/imports/new/elephants");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("There is no such import or import type.");
		assertThat(browser.get("/imports/new/elephants/template.csv").status()).isEqualTo(404);
		String token = browser.csrf("/imports/new");
		Http.Response upload = browser.upload("/imports", Map.of("type", "elephants", "_csrf", token), "x.csv",
				"Namn\r\nx\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(upload.status()).isEqualTo(404);
	}

	@Test
	void anotherTenantsImportIs404OnItsSourcePage() {
		long other = this.tenants.create("start-" + UUID.randomUUID());
		String otherUser = "start-other-" + UUID.randomUUID();
		long otherUserId = this.accounts.create(other, otherUser, PASSWORD, Role.ADMIN).id();
		ImportJob theirs = csvJob(other, otherUserId);
		FormBrowser browser = admin();
		Http.Response page = browser.get("/imports/" + theirs.id() + "/source");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(theirs.fileName());
		Http.Response post = browser.submit("/imports/new", "/imports/" + theirs.id() + "/source",
				Map.of("encoding", "UTF-8"));
		assertThat(post.status()).isEqualTo(404);
		FormBrowser owner = signedIn(otherUser, PASSWORD);
		assertThat(owner.get("/imports/" + theirs.id() + "/source").status()).isEqualTo(200);
	}

	@Test
	void aViewerMayLookButGets403OnUpload() {
		String viewer = "start-viewer-" + UUID.randomUUID();
		this.accounts.create(tenantOfAdmin(), viewer, PASSWORD, Role.VIEWER);
		FormBrowser browser = signedIn(viewer, PASSWORD);
		Http.Response page = browser.get("/imports/new/companies");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Your role may look at imports but not start one");
		Http.Response response = upload(browser, "companies", "kunder.csv",
				"Företagsnamn\r\nÅre AB\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void theSourceOfAStartedImportCannotChange409() {
		ImportJob job = csvJob(tenantOfAdmin(), adminId());
		this.imports.start(tenantOfAdmin(), job.id(), OptionsChange.none());
		FormBrowser browser = admin();
		Http.Response page = browser.get("/imports/" + job.id() + "/source");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("how its file is read can no longer change",
				"href=\"/imports/" + job.id() + "\"");
		Http.Response post = browser.submit("/imports/new", "/imports/" + job.id() + "/source",
				Map.of("encoding", "UTF-8"));
		assertThat(post.status()).isEqualTo(409);
		assertThat(post.body()).contains("The import has been started or cancelled");
	}

	@Test
	void changingTheEncodingReadsTheFileAgain() {
		ImportJob job = csvJob(tenantOfAdmin(), adminId());
		FormBrowser browser = admin();
		String path = "/imports/" + job.id() + "/source";
		Http.Response changed = browser.submit(path, path,
				Map.of("encoding", "UTF-8", "delimiter", ";", "headerRow", "1"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(303);
		Http.Response page = browser.get(path(changed.header("Location")));
		assertThat(page.body()).contains("The file was read again.", "chosen by you",
				"<mark class=\"garbled\" title=\"looks like wrong encoding\">\uFFFD</mark>");
		Http.Response bad = browser.submit(path, path, Map.of("headerRow", "first"));
		assertThat(bad.status()).isEqualTo(422);
		Http.Response beyond = browser.submit(path, path, Map.of("headerRow", "99"));
		assertThat(beyond.status()).isEqualTo(422);
		assertThat(beyond.body()).contains("The file could not be read that way.");
	}

	@Test
	void aUtf8FileReadAsWindows1252ShowsEachGarbledLetterNextToTheLetterItMeans() {
		byte[] utf8 = "Företagsnamn;Ort\r\nÅre Fjällhotell AB;Åre\r\n".getBytes(StandardCharsets.UTF_8);
		ImportJob job;
		try (InputStream in = new java.io.ByteArrayInputStream(utf8)) {
			job = this.imports.create(tenantOfAdmin(), adminId(), "companies", "utf8.csv", in, new SourceSettings(
					Optional.of("windows-1252"), Optional.empty(), Optional.empty(), Optional.empty()));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Http.Response page = admin().get("/imports/" + job.id() + "/source");
		assertThat(page.body()).contains("<mark class=\"garbled\" title=\"looks like wrong encoding\">Ã…</mark>"
				+ "<small class=\"meant\">\u00a0(probably Å)</small>", "(probably ä)", "id=\"garbled-hint\"");
	}

	/** A windows-1252 companies file of the tenant, created through the facade. */
	private ImportJob csvJob(long tenant, long user) {
		byte[] bytes = "Företagsnamn;Ort\r\nÅre Fjällhotell AB;Åre\r\nMalmö Måleri AB;Malmö\r\n"
			.getBytes(Charset.forName("windows-1252"));
		try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
			return this.imports.create(tenant, user, "companies", "foretag-" + UUID.randomUUID() + ".csv", in,
					SourceSettings.detect());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private long tenantOfAdmin() {
		return this.accounts.findByUsername(Http.ADMIN).orElseThrow().tenantId();
	}

	private long adminId() {
		return this.accounts.findByUsername(Http.ADMIN).orElseThrow().id();
	}

	private FormBrowser admin() {
		return signedIn(Http.ADMIN, Http.ADMIN_PASSWORD);
	}

	private FormBrowser signedIn(String username, String password) {
		FormBrowser browser = new FormBrowser(this.port);
		assertThat(browser.login(username, password).header("Location")).doesNotContain("error");
		return browser;
	}

	/**
	 * Uploads as the upload page's form does: to its action, which carries the type and
	 * token.
	 */
	private static Http.Response upload(FormBrowser browser, String type, String fileName, byte[] file) {
		Matcher action = UPLOAD_ACTION.matcher(browser.get("/imports/new/" + type).body());
		assertThat(action.find()).isTrue();
		return browser.upload(action.group(1).replace("&amp;", "&"), Map.of(), fileName, file);
	}

	private static String path(String location) {
		return Optional.of(location).map((l) -> l.replaceFirst("^https?://[^/]+", "")).orElseThrow();
	}

}
