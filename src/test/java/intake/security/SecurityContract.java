package intake.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.support.CompanyFiles;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Authentication, roles, throttling and security headers through HTTP, as a client sees
 * them. Subclasses run it on H2 and on PostgreSQL. Every test signs in with users of its
 * own (random names), so the per-user throttle of one test never meets another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SecurityContract {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	String user(Role role) {
		return user(CurrentTenant.DEMO, role);
	}

	String user(long tenant, Role role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(tenant, name, PASSWORD, role);
		return name;
	}

	Http as(String username) {
		return this.http.as(username, PASSWORD);
	}

	@Test
	void anAnonymousApiCallGets401JsonWithABasicChallengeNotALoginPage() {
		for (Http.Response response : new Http.Response[] { this.http.anonymous().get("/api/v1/imports"),
				this.http.anonymous().post("/api/v1/imports/x/start", null), this.http.anonymous().get("/v3/api-docs"),
				this.http.anonymous().get("/actuator/info") }) {
			assertError(response, 401, "UNAUTHENTICATED");
			assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Intake\"");
			assertThat(response.header("Location")).isNull();
		}
	}

	@Test
	void basicWithABadPasswordOrAnUnknownUserGets401() {
		String viewer = user(Role.VIEWER);
		assertError(this.http.as(viewer, "wrong").get("/api/v1/imports"), 401, "UNAUTHENTICATED");
		assertError(this.http.as("nobody-" + viewer, PASSWORD).get("/api/v1/imports"), 401, "UNAUTHENTICATED");
		assertThat(as(viewer).get("/api/v1/imports").status()).isEqualTo(200);
		assertThat(this.http.as(viewer.toUpperCase(), PASSWORD).get("/api/v1/imports").status())
			.as("usernames are case-insensitive")
			.isEqualTo(200);
	}

	@Test
	void aDisabledUserCanNeitherSignInNorUseTheirTokens() {
		String importer = user(Role.IMPORTER);
		UserAccount account = this.accounts.findByUsername(importer).orElseThrow();
		String token = this.tokens.create(CurrentTenant.DEMO, account.id(), "script").plainToken();
		assertThat(this.http.withToken(token).get("/api/v1/imports").status()).isEqualTo(200);
		assertThat(this.accounts.disable(CurrentTenant.DEMO, account.id())).isTrue();
		assertError(as(importer).get("/api/v1/imports"), 401, "UNAUTHENTICATED");
		assertError(this.http.withToken(token).get("/api/v1/imports"), 401, "UNAUTHENTICATED");
	}

	@Test
	void aBearerTokenActsAsItsUserUntilItIsRevoked() {
		String viewer = user(Role.VIEWER);
		UserAccount account = this.accounts.findByUsername(viewer).orElseThrow();
		ApiToken.Created created = this.tokens.create(CurrentTenant.DEMO, account.id(), "nightly sync");
		assertThat(created.plainToken()).matches("intk_[A-Za-z0-9_-]{43}");
		assertThat(created.token().prefix()).isEqualTo(created.plainToken().substring(0, 12));
		assertThat(created.toString()).doesNotContain(created.plainToken());
		String stored = this.jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id")
			.param("id", created.token().id())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).isNotEqualTo(created.plainToken());

		Http client = this.http.withToken(created.plainToken());
		assertThat(client.get("/api/v1/records/companies").status()).isEqualTo(200);
		assertError(client.upload("/api/v1/imports", Map.of("type", "companies"), "k.csv", new byte[] { 'a' }), 403,
				"FORBIDDEN");
		assertThat(this.tokens.find(CurrentTenant.DEMO, created.token().id()).orElseThrow().lastUsedAt()).isPresent();

		assertThat(this.tokens.revoke(CurrentTenant.DEMO, created.token().id())).isTrue();
		Http.Response revoked = client.get("/api/v1/records/companies");
		assertError(revoked, 401, "UNAUTHENTICATED");
		assertError(this.http.withToken("intk_not-a-token").get("/api/v1/imports"), 401, "UNAUTHENTICATED");
	}

	@Test
	void tokensAreListedAndRevokedOnlyInsideTheirTenant() {
		long other = this.tenants.create("sec-" + UUID.randomUUID().toString().substring(0, 8));
		UserAccount mine = this.accounts.findByUsername(user(Role.IMPORTER)).orElseThrow();
		UserAccount theirs = this.accounts.findByUsername(user(other, Role.ADMIN)).orElseThrow();
		ApiToken.Created token = this.tokens.create(CurrentTenant.DEMO, mine.id(), "mine");
		assertThat(this.tokens.list(other)).isEmpty();
		assertThat(this.tokens.listOfUser(CurrentTenant.DEMO, mine.id())).extracting(ApiToken::id)
			.containsExactly(token.token().id());
		assertThat(this.tokens.revoke(other, token.token().id())).isFalse();
		assertThat(this.tokens.revokeOwn(CurrentTenant.DEMO, theirs.id(), token.token().id())).isFalse();
		assertThatThrownBy(() -> this.tokens.create(other, mine.id(), "cross"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.http.withToken(token.plainToken()).get("/api/v1/imports").status()).isEqualTo(200);
		assertThat(this.tokens.revokeOwn(CurrentTenant.DEMO, mine.id(), token.token().id())).isTrue();
		assertThat(this.tokens.find(CurrentTenant.DEMO, token.token().id()).orElseThrow().revoked()).isTrue();
	}

	@Test
	void usernamesAreGlobalAndLowerCasedAndUsersAreChangedOnlyInsideTheirTenant() {
		long other = this.tenants.create("sec-" + UUID.randomUUID().toString().substring(0, 8));
		String name = "Mixed-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount created = this.accounts.create(CurrentTenant.DEMO, name, PASSWORD, Role.VIEWER);
		assertThat(created.username()).isEqualTo(name.toLowerCase());
		assertThatThrownBy(() -> this.accounts.create(other, name.toLowerCase(), PASSWORD, Role.ADMIN))
			.isInstanceOf(UsernameTakenException.class);
		assertThat(this.accounts.list(other)).isEmpty();
		assertThat(this.accounts.list(CurrentTenant.DEMO)).extracting(UserAccount::username)
			.contains(created.username(), "admin");
		assertThat(this.accounts.changeRole(other, created.id(), Role.ADMIN)).isFalse();
		assertThat(this.accounts.changePassword(other, created.id(), "x")).isFalse();
		assertThat(this.accounts.disable(other, created.id())).isFalse();
		assertThat(this.accounts.find(other, created.id())).isEmpty();

		assertThat(this.accounts.changeRole(CurrentTenant.DEMO, created.id(), Role.IMPORTER)).isTrue();
		assertThat(this.accounts.changePassword(CurrentTenant.DEMO, created.id(), "new password")).isTrue();
		assertThat(this.http.as(name, "new password").get("/api/v1/imports").status()).isEqualTo(200);
		String hash = this.jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
			.param("id", created.id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2");
	}

	@Test
	void aViewerReadsButMayNotUpload() {
		Http viewer = as(user(Role.VIEWER));
		assertThat(viewer.get("/api/v1/records/companies").status()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/imports").status()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/settings").status()).isEqualTo(200);
		assertError(viewer.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				CompanyFiles.swedish(2, 1, StandardCharsets.UTF_8).bytes()), 403, "FORBIDDEN");
		assertError(viewer.post("/api/v1/records/employees", "{}"), 403, "FORBIDDEN");
		assertError(viewer.put("/api/v1/settings", "{}"), 403, "FORBIDDEN");
	}

	@Test
	void anImporterImportsAndUndoesOrCancelsTheirOwnImportsOnly() {
		Http importer = as(user(Role.IMPORTER));
		assertError(importer.put("/api/v1/settings", "{\"country\":\"SE\"}"), 403, "FORBIDDEN");
		assertError(importer.get("/api/v1/users"), 403, "FORBIDDEN");

		String admins = finishedImport(this.http, 71);
		assertError(importer.post("/api/v1/imports/" + admins + "/undo", null), 403, "FORBIDDEN");
		assertError(importer.post("/api/v1/imports/" + admins + "/cancel", null), 403, "FORBIDDEN");
		assertError(importer.post("/api/v1/imports/no-such-job/undo", null), 404, "NOT_FOUND");
		assertError(importer.post("/api/v1/imports/no-such-job/cancel", null), 404, "NOT_FOUND");

		String own = finishedImport(importer, 72);
		Http.Response undo = importer.post("/api/v1/imports/" + own + "/undo", null);
		assertThat(undo.status()).as(undo.body()).isEqualTo(202);
		Long createdBy = this.jdbc.sql("SELECT created_by FROM import_job WHERE id = :id")
			.param("id", own)
			.query(Long.class)
			.single();
		assertThat(createdBy).isNotNull();
		Http.Response adminUndo = this.http.post("/api/v1/imports/" + admins + "/undo", null);
		assertThat(adminUndo.status()).as(adminUndo.body()).isEqualTo(202);
	}

	@Test
	void anotherTenantsUserSeesNoneOfThisTenantsImports() {
		String id = this.http
			.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
					CompanyFiles.swedish(2, 73, StandardCharsets.UTF_8).bytes())
			.json()
			.get("id")
			.asString();
		long other = this.tenants.create("sec-" + UUID.randomUUID().toString().substring(0, 8));
		Http stranger = as(user(other, Role.ADMIN));
		assertError(stranger.get("/api/v1/imports/" + id), 404, "NOT_FOUND");
		assertError(stranger.post("/api/v1/imports/" + id + "/undo", null), 404, "NOT_FOUND");
		assertThat(stranger.get("/api/v1/imports").json().get("total").asLong()).isZero();
	}

	@Test
	void theSixthBadBasicLoginWithinTheWindowGets429WithRetryAfter() {
		String viewer = user(Role.VIEWER);
		for (int i = 0; i < 5; i++) {
			assertError(this.http.as(viewer, "wrong " + i).get("/api/v1/imports"), 401, "UNAUTHENTICATED");
		}
		Http.Response throttled = this.http.as(viewer, "wrong again").get("/api/v1/imports");
		assertError(throttled, 429, "TOO_MANY_REQUESTS");
		assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
		assertError(as(viewer).get("/api/v1/imports"), 429, "TOO_MANY_REQUESTS");
		assertThat(as(user(Role.VIEWER)).get("/api/v1/imports").status()).as("other users are not throttled")
			.isEqualTo(200);
	}

	@Test
	void theSixthBadFormLoginWithinTheWindowGets429WithRetryAfter() throws Exception {
		String viewer = user(Role.VIEWER);
		Browser browser = new Browser();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = browser.login(viewer, "wrong");
			assertThat(failed.statusCode()).isEqualTo(302);
			assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		HttpResponse<String> throttled = browser.login(viewer, PASSWORD);
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.body()).contains("\"TOO_MANY_REQUESTS\"");
		assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
	}

	@Test
	void theLoginPageRendersWithLabelledFieldsAndPico() throws Exception {
		Http.Response page = this.http.anonymous().get("/login");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body())
			.contains("<label for=\"username\">", "id=\"username\"", "<label for=\"password\">", "id=\"password\"",
					"name=\"_csrf\"")
			.doesNotContain("style=", "<style")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
		Matcher stylesheet = Pattern.compile("href=\"(/webjars/picocss__pico/[^\"]*/css/pico.min.css)\"")
			.matcher(page.body());
		assertThat(stylesheet.find()).as(page.body()).isTrue();
		Http.Response css = this.http.anonymous().get(stylesheet.group(1));
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.contentType()).startsWith("text/css");
		Http.Response home = this.http.anonymous().get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).endsWith("/login");
	}

	@Test
	void aFormLoginNeedsTheCsrfTokenAndKeepsTheSignInInTheSession() throws Exception {
		String importer = user(Role.IMPORTER);
		Browser browser = new Browser();
		HttpResponse<String> withoutToken = browser.post("/login", Map.of("username", importer, "password", PASSWORD));
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		HttpResponse<String> signedIn = browser.login(importer, PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(importer);
		HttpResponse<String> api = browser.get("/api/v1/imports");
		assertThat(api.statusCode()).as("the API chain ignores the session").isEqualTo(401);
		HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", browser.csrf("/")));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void pagesAndApiResponsesCarryTheSecurityHeaders() {
		for (Http.Response response : new Http.Response[] { this.http.anonymous().get("/login"),
				this.http.get("/api/v1/imports"), this.http.anonymous().get("/api/v1/imports") }) {
			assertThat(response.header("Content-Security-Policy")).isEqualTo(CSP);
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
		}
		Http.Response swagger = this.http.get("/swagger-ui/index.html");
		assertThat(swagger.status()).isEqualTo(200);
		assertThat(swagger.header("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
			.contains("script-src 'self';");
	}

	@Test
	void healthIsOpenAndTheOtherActuatorEndpointsAndTheApiDescriptionAreNot() {
		assertThat(this.http.anonymous().get("/actuator/health").status()).isEqualTo(200);
		assertThat(this.http.anonymous().get("/actuator").status()).isEqualTo(401);
		assertThat(this.http.anonymous().get("/actuator/info").status()).isEqualTo(401);
		assertError(as(user(Role.VIEWER)).get("/actuator/info"), 403, "FORBIDDEN");
		assertThat(this.http.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(401);
		assertThat(as(user(Role.VIEWER)).get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(this.http.anonymous().get("/h2-console").status()).isNotEqualTo(200);
	}

	@Test
	void everyRoleMayCallTheTokenPathsAndOnlyAdministratorsTheUserAndAuditPaths() {
		Http viewer = as(user(Role.VIEWER));
		assertThat(viewer.get("/api/v1/tokens").status()).isEqualTo(200);
		assertError(viewer.get("/api/v1/audit"), 403, "FORBIDDEN");
		assertError(viewer.get("/api/v1/users"), 403, "FORBIDDEN");
		assertThat(this.http.get("/api/v1/users").status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/audit").status()).isEqualTo(200);
	}

	private String finishedImport(Http client, int seed) {
		Http.Response uploaded = client.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				CompanyFiles
					.swedish(3, seed, StandardCharsets.UTF_8, 770000 + seed * 10, 900000 + seed * 10, "sec" + seed)
					.bytes());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String id = uploaded.json().get("id").asString();
		Http.Response started = client.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = client.get("/api/v1/imports/" + id).json();
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				assertThat(status).isEqualTo("COMPLETED");
				return id;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("Import " + id + " did not finish in 60 s");
	}

	static void assertError(Http.Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().get("error").asString()).isEqualTo(code);
		assertThat(response.json().get("message").asString()).isNotBlank();
	}

	/** A browser: keeps cookies, follows no redirects, reads CSRF tokens from pages. */
	final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append((body.length() > 0) ? "&" : "")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf(String page) throws IOException, InterruptedException {
			String html = get(page).body();
			Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
			assertThat(matcher.find()).as(html).isTrue();
			return matcher.group(1);
		}

		HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
			return post("/login", Map.of("username", username, "password", password, "_csrf", csrf("/login")));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + SecurityContract.this.port + path);
		}

	}

}
