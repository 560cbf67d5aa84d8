package intake.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.support.CompanyFiles;
import intake.support.FormBrowser;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration through HTTP: the users, tokens and audit API, and the pages for them.
 * Subclasses run it on H2 and on PostgreSQL. Tests that count or read back a tenant's
 * users or audit events work in a tenant of their own, so they meet no other test's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AdministrationContract {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	static String unique(String stem) {
		return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	long tenant() {
		return this.tenants.create(unique("adm"));
	}

	String user(long tenant, Role role) {
		String name = unique(role.name().toLowerCase());
		this.accounts.create(tenant, name, PASSWORD, role);
		return name;
	}

	Http as(String username) {
		return this.http.as(username, PASSWORD);
	}

	@Test
	void anAdministratorCreatesListsChangesAndDisablesUsers() {
		Http admin = as(user(tenant(), Role.ADMIN));
		String name = unique("Anna");
		Http.Response created = admin.post("/api/v1/users",
				"{\"username\": \"" + name + "\", \"password\": \"long enough secret\", \"role\": \"IMPORTER\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode user = created.json();
		String id = user.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/users/" + id);
		assertThat(user.get("username").asString()).isEqualTo(name.toLowerCase());
		assertThat(user.get("role").asString()).isEqualTo("IMPORTER");
		assertThat(user.get("disabled").asBoolean()).isFalse();
		assertThat(user.get("createdAt").asString()).isNotBlank();
		assertThat(created.body()).doesNotContain("long enough secret", "password", "bcrypt");

		JsonNode list = ok(admin.get("/api/v1/users"));
		assertThat(list.get("total").asInt()).isEqualTo(2);
		assertThat(list.get("items").findValuesAsString("username")).contains(name.toLowerCase());
		assertThat(ok(admin.get("/api/v1/users/" + id))).isEqualTo(user);
		assertThat(this.http.as(name, "long enough secret").get("/api/v1/imports").status()).isEqualTo(200);

		assertThat(ok(admin.patch("/api/v1/users/" + id, "{\"role\": \"VIEWER\"}")).get("role").asString())
			.isEqualTo("VIEWER");
		assertError(this.http.as(name, "long enough secret").post("/api/v1/records/employees", "{}"), 403, "FORBIDDEN");
		ok(admin.patch("/api/v1/users/" + id, "{\"password\": \"another long secret\"}"));
		assertThat(this.http.as(name, "long enough secret").get("/api/v1/imports").status()).isEqualTo(401);
		assertThat(this.http.as(name, "another long secret").get("/api/v1/imports").status()).isEqualTo(200);

		JsonNode disabled = ok(admin.delete("/api/v1/users/" + id));
		assertThat(disabled.get("disabled").asBoolean()).isTrue();
		assertThat(this.http.as(name, "another long secret").get("/api/v1/imports").status()).isEqualTo(401);
		assertThat(ok(admin.patch("/api/v1/users/" + id, "{\"disabled\": false}")).get("disabled").asBoolean())
			.isFalse();
		assertThat(this.http.as(name, "another long secret").get("/api/v1/imports").status()).isEqualTo(200);
	}

	@Test
	void badValuesAndTakenUsernamesAre422NamingTheField() {
		Http admin = as(user(tenant(), Role.ADMIN));
		String name = unique("bo");
		assertField(admin.post("/api/v1/users", body(name, "too short", "VIEWER")), "password");
		assertField(admin.post("/api/v1/users", body(name, "", "VIEWER")), "password");
		assertField(admin.post("/api/v1/users", body(name, name.toUpperCase(), "VIEWER")), "password");
		assertField(admin.post("/api/v1/users", body(name, "long enough secret", "BOSS")), "role");
		assertField(admin.post("/api/v1/users", body("two words", "long enough secret", "VIEWER")), "username");
		assertField(admin.post("/api/v1/users", body("admin", "long enough secret", "VIEWER")), "username");
		assertThat(this.accounts.findByUsername(name)).isEmpty();

		String id = admin.post("/api/v1/users", body(name, "long enough secret", "VIEWER")).json().get("id").asString();
		assertField(admin.post("/api/v1/users", body(name.toUpperCase(), "long enough secret", "VIEWER")), "username");
		assertField(admin.patch("/api/v1/users/" + id, "{\"password\": \"short\"}"), "password");
		assertField(admin.patch("/api/v1/users/" + id, "{\"role\": \"nobody\"}"), "role");
		assertError(admin.patch("/api/v1/users/" + id, "{}"), 422, "VALIDATION");
		assertThat(this.http.as(name, "long enough secret").get("/api/v1/imports").status()).isEqualTo(200);
	}

	@Test
	void anotherTenantsUsersAre404AndOtherRolesGet403() {
		long tenant = tenant();
		Http admin = as(user(tenant, Role.ADMIN));
		long stranger = this.accounts.findByUsername(user(tenant(), Role.VIEWER)).orElseThrow().id();
		assertError(admin.get("/api/v1/users/" + stranger), 404, "NOT_FOUND");
		assertError(admin.patch("/api/v1/users/" + stranger, "{\"role\": \"ADMIN\"}"), 404, "NOT_FOUND");
		assertError(admin.delete("/api/v1/users/" + stranger), 404, "NOT_FOUND");
		assertError(admin.get("/api/v1/users/not-a-number"), 404, "NOT_FOUND");
		assertThat(this.accounts.findByUsername(user(tenant, Role.VIEWER))).isPresent();
		for (Role role : new Role[] { Role.IMPORTER, Role.VIEWER }) {
			Http other = as(user(tenant, role));
			assertError(other.get("/api/v1/users"), 403, "FORBIDDEN");
			assertError(other.post("/api/v1/users", body(unique("x"), "long enough secret", "ADMIN")), 403,
					"FORBIDDEN");
			assertError(other.get("/api/v1/audit"), 403, "FORBIDDEN");
		}
	}

	@Test
	void theLastEnabledAdministratorCanNeitherBeDisabledNorDemoted() {
		long tenant = tenant();
		String name = user(tenant, Role.ADMIN);
		long self = this.accounts.findByUsername(name).orElseThrow().id();
		Http admin = as(name);
		assertError(admin.delete("/api/v1/users/" + self), 409, "WRONG_STATE");
		assertError(admin.patch("/api/v1/users/" + self, "{\"role\": \"IMPORTER\"}"), 409, "WRONG_STATE");
		assertError(admin.patch("/api/v1/users/" + self, "{\"disabled\": true}"), 409, "WRONG_STATE");
		assertThat(this.accounts.find(tenant, self).orElseThrow().role()).isEqualTo(Role.ADMIN);

		String second = user(tenant, Role.ADMIN);
		long secondId = this.accounts.findByUsername(second).orElseThrow().id();
		ok(admin.delete("/api/v1/users/" + secondId));
		assertError(admin.patch("/api/v1/users/" + self, "{\"role\": \"VIEWER\"}"), 409, "WRONG_STATE");
		ok(admin.patch("/api/v1/users/" + secondId, "{\"disabled\": false}"));
		assertThat(ok(admin.patch("/api/v1/users/" + self, "{\"role\": \"VIEWER\"}")).get("role").asString())
			.isEqualTo("VIEWER");
		assertError(as(second).patch("/api/v1/users/" + secondId, "{\"role\": \"VIEWER\"}"), 409, "WRONG_STATE");
	}

	@Test
	void aTokenIsShownOnceListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
		long tenant = tenant();
		String importerName = user(tenant, Role.IMPORTER);
		Http importer = as(importerName);
		Http.Response created = importer.post("/api/v1/tokens", "{\"name\": \"nightly sync\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode token = created.json();
		String plain = token.get("token").asString();
		String id = token.get("id").asString();
		assertThat(plain).matches("intk_[A-Za-z0-9_-]{43}");
		assertThat(token.get("name").asString()).isEqualTo("nightly sync");
		assertThat(token.get("prefix").asString()).isEqualTo(plain.substring(0, 12));
		assertThat(token.get("createdAt").asString()).isNotBlank();

		Http.Response list = importer.get("/api/v1/tokens");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(plain).doesNotContain("\"token\"");
		assertThat(list.json().get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(this.http.withToken(plain).get("/api/v1/imports").status()).isEqualTo(200);
		assertThat(importer.get("/api/v1/tokens").json().get("items").get(0).get("lastUsedAt").isNull()).isFalse();

		assertError(importer.post("/api/v1/tokens", "{\"name\": \" \"}"), 422, "VALIDATION");
		assertError(importer.get("/api/v1/tokens?all=true"), 403, "FORBIDDEN");
		Http colleague = as(user(tenant, Role.VIEWER));
		assertThat(colleague.get("/api/v1/tokens").json().get("total").asInt()).isZero();
		assertError(colleague.delete("/api/v1/tokens/" + id), 404, "NOT_FOUND");
		assertError(as(user(tenant(), Role.ADMIN)).delete("/api/v1/tokens/" + id), 404, "NOT_FOUND");
		assertThat(this.http.withToken(plain).get("/api/v1/imports").status()).isEqualTo(200);

		assertThat(importer.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
		assertError(this.http.withToken(plain).get("/api/v1/imports"), 401, "UNAUTHENTICATED");
		assertThat(importer.get("/api/v1/tokens").json().get("items").get(0).get("revoked").asBoolean()).isTrue();
		assertThat(importer.delete("/api/v1/tokens/" + id).status()).as("revoking twice").isEqualTo(204);
	}

	@Test
	void anAdministratorListsAndRevokesEveryTokenOfTheTenant() {
		long tenant = tenant();
		Http viewer = as(user(tenant, Role.VIEWER));
		String plain = viewer.post("/api/v1/tokens", "{\"name\": \"report\"}").json().get("token").asString();
		String id = viewer.get("/api/v1/tokens").json().get("items").get(0).get("id").asString();
		Http admin = as(user(tenant, Role.ADMIN));
		assertThat(admin.get("/api/v1/tokens").json().get("total").asInt()).isZero();
		JsonNode all = ok(admin.get("/api/v1/tokens?all=true"));
		assertThat(all.get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(all.toString()).doesNotContain(plain);
		assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
		assertError(this.http.withToken(plain).get("/api/v1/imports"), 401, "UNAUTHENTICATED");
	}

	@Test
	void theAuditTrailRecordsWhoDidWhatFromWhereNewestFirst() {
		long tenant = tenant();
		String adminName = user(tenant, Role.ADMIN);
		String importerName = user(tenant, Role.IMPORTER);
		Http admin = as(adminName);
		Http importer = as(importerName);

		String imported = finishedImport(importer, 81);
		String contact = ok(admin.get("/api/v1/records/contacts?importJobId=" + imported + "&limit=1")).get("items")
			.get(0)
			.get("id")
			.asString();
		ok(admin.post("/api/v1/records/contacts/" + contact + "/erase", null));
		assertThat(importer.post("/api/v1/imports/" + imported + "/undo", null).status()).isEqualTo(202);
		String cancelled = upload(importer, 82);
		assertThat(importer.post("/api/v1/imports/" + cancelled + "/cancel", null).status()).isEqualTo(202);
		ok(admin.put("/api/v1/settings", "{\"country\": \"NO\"}"));
		assertThat(this.http.as(importerName, "not the password").get("/api/v1/imports").status()).isEqualTo(401);
		String unknown = unique("nobody");
		assertThat(this.http.as(unknown, "whatever it is").get("/api/v1/imports").status()).isEqualTo(401);

		JsonNode trail = ok(admin.get("/api/v1/audit?limit=100"));
		List<String> actions = trail.get("items").findValuesAsString("action");
		assertThat(actions).containsExactly("SIGN_IN_FAILED", "SETTINGS_CHANGED", "IMPORT_CANCELLED", "IMPORT_UPLOADED",
				"IMPORT_UNDONE", "RECORD_ERASED", "IMPORT_STARTED", "IMPORT_UPLOADED");
		assertThat(trail.get("total").asInt()).isEqualTo(8);
		for (JsonNode event : trail.get("items")) {
			assertThat(event.get("address").asString()).as(event.toString()).isNotBlank();
			assertThat(event.get("at").asString()).isNotBlank();
		}
		JsonNode failed = trail.get("items").get(0);
		assertThat(failed.get("username").asString()).isEqualTo(importerName);
		JsonNode settings = trail.get("items").get(1);
		assertThat(settings.get("username").asString()).isEqualTo(adminName);
		assertThat(settings.get("details").get("country").asString()).isEqualTo("NO");
		JsonNode erased = trail.get("items").get(5);
		assertThat(erased.get("username").asString()).isEqualTo(adminName);
		assertThat(erased.get("entity").asString()).isEqualTo("contacts");
		assertThat(erased.get("recordId").asString()).isEqualTo(contact);

		JsonNode ofImport = ok(admin.get("/api/v1/audit?jobId=" + imported));
		assertThat(ofImport.get("items").findValuesAsString("action")).containsExactly("IMPORT_UNDONE",
				"IMPORT_STARTED", "IMPORT_UPLOADED");
		assertThat(ofImport.get("items").findValuesAsString("username")).containsOnly(importerName);
		assertThat(ofImport.get("items").get(2).get("details").get("type").asString()).isEqualTo("companies");
		assertThat(trail.toString()).doesNotContain("kunder.csv", "not the password", PASSWORD, unknown);
		JsonNode page = ok(admin.get("/api/v1/audit?action=IMPORT_UPLOADED&limit=1&offset=1"));
		assertThat(page.get("total").asInt()).isEqualTo(2);
		assertThat(page.get("items").get(0).get("jobId").asString()).isEqualTo(imported);
		assertError(admin.get("/api/v1/audit?action=NOTHING"), 422, "VALIDATION");
		assertError(admin.get("/api/v1/audit?limit=0"), 422, "VALIDATION");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = :u")
			.param("u", unknown)
			.query(Long.class)
			.single()).isZero();
		assertThat(ok(as(user(tenant(), Role.ADMIN)).get("/api/v1/audit")).get("total").asInt())
			.as("another tenant's trail")
			.isZero();
	}

	@Test
	void usersAndTokensChangesAndFormSignInsAreAudited() {
		long tenant = tenant();
		String adminName = user(tenant, Role.ADMIN);
		Http admin = as(adminName);
		String id = admin.post("/api/v1/users", body(unique("cy"), "long enough secret", "VIEWER"))
			.json()
			.get("id")
			.asString();
		ok(admin.patch("/api/v1/users/" + id, "{\"role\": \"IMPORTER\", \"password\": \"yet another secret\"}"));
		ok(admin.delete("/api/v1/users/" + id));
		String token = admin.post("/api/v1/tokens", "{\"name\": \"ci\"}").json().get("id").asString();
		assertThat(admin.delete("/api/v1/tokens/" + token).status()).isEqualTo(204);
		FormBrowser browser = new FormBrowser(this.port);
		assertThat(browser.login(adminName, PASSWORD).status()).isEqualTo(302);

		JsonNode items = ok(admin.get("/api/v1/audit")).get("items");
		assertThat(items.findValuesAsString("action")).containsExactly("SIGNED_IN", "TOKEN_REVOKED", "TOKEN_CREATED",
				"USER_DISABLED", "USER_CHANGED", "USER_CREATED");
		assertThat(items.get(4).get("recordId").asString()).isEqualTo(id);
		assertThat(items.get(4).get("details").get("role").asString()).isEqualTo("IMPORTER");
		assertThat(items.get(4).get("details").get("password").asString()).isEqualTo("changed");
		assertThat(items.get(2).get("recordId").asString()).isEqualTo(token);
		assertThat(items.toString()).doesNotContain("long enough secret", "yet another secret", "intk_");
		assertThat(items.findValuesAsString("username")).containsOnly(adminName);
	}

	@Test
	void anAdministratorUsesTheUserAndAuditPagesAndOthersGet403() {
		long tenant = tenant();
		String adminName = user(tenant, Role.ADMIN);
		String viewerName = user(tenant, Role.VIEWER);
		FormBrowser browser = new FormBrowser(this.port);
		assertThat(browser.login(adminName, PASSWORD).status()).isEqualTo(302);
		Http.Response users = browser.get("/admin/users");
		assertThat(users.status()).isEqualTo(200);
		assertThat(users.contentType()).startsWith("text/html");
		assertThat(users.body())
			.contains(adminName, viewerName, "<label for=\"new-username\">", "<label for=\"new-password\">",
					"name=\"_csrf\"", "pico.min.css")
			.doesNotContain("style=", "<style")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");

		String created = unique("dan");
		Map<String, String> fields = Map.of("username", created, "password", "long enough secret", "role", "IMPORTER");
		assertThat(browser.postWithoutToken("/admin/users", fields).status()).isEqualTo(403);
		assertThat(this.accounts.findByUsername(created)).isEmpty();
		Http.Response posted = browser.submit("/admin/users", "/admin/users", fields);
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.header("Location")).endsWith("/admin/users?done=created");
		UserAccount account = this.accounts.findByUsername(created).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.IMPORTER);
		assertThat(browser.get("/admin/users?done=created").body()).contains(created, "The user was created.");

		Http.Response refused = browser.submit("/admin/users", "/admin/users",
				Map.of("username", unique("eve"), "password", "short", "role", "VIEWER"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("A password has at least 12 characters.");
		assertThat(browser.submit("/admin/users", "/admin/users/" + account.id() + "/role", Map.of("role", "VIEWER"))
			.status()).isEqualTo(302);
		assertThat(browser.submit("/admin/users", "/admin/users/" + account.id() + "/disable", Map.of()).status())
			.isEqualTo(302);
		UserAccount changed = this.accounts.find(tenant, account.id()).orElseThrow();
		assertThat(changed.role()).isEqualTo(Role.VIEWER);
		assertThat(changed.enabled()).isFalse();
		long self = this.accounts.findByUsername(adminName).orElseThrow().id();
		assertThat(browser.submit("/admin/users", "/admin/users/" + self + "/disable", Map.of()).status())
			.as("the last administrator")
			.isEqualTo(409);

		Http.Response audit = browser.get("/admin/audit");
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.body()).contains("USER_CREATED", "USER_DISABLED", "SIGNED_IN", adminName)
			.doesNotContain("style=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
		assertThat(new FormBrowser(this.port, "sv").get("/login").status()).isEqualTo(200);
		FormBrowser swedish = new FormBrowser(this.port, "sv");
		swedish.login(adminName, PASSWORD);
		assertThat(swedish.get("/admin/users").body()).contains("Användare", "Ny användare");

		FormBrowser viewer = new FormBrowser(this.port);
		assertThat(viewer.login(viewerName, PASSWORD).status()).isEqualTo(302);
		assertThat(viewer.get("/admin/users").status()).isEqualTo(403);
		assertThat(viewer.get("/admin/audit").status()).isEqualTo(403);
		assertThat(viewer.get("/admin/tokens").status()).isEqualTo(200);
		assertThat(viewer.submit("/admin/tokens", "/admin/users", fields).status()).isEqualTo(403);
	}

	@Test
	void everySignedInUserCreatesAndRevokesTheirTokensOnThePage() {
		long tenant = tenant();
		String viewerName = user(tenant, Role.VIEWER);
		FormBrowser browser = new FormBrowser(this.port);
		assertThat(browser.login(viewerName, PASSWORD).status()).isEqualTo(302);
		assertThat(browser.postWithoutToken("/admin/tokens", Map.of("name", "laptop")).status()).isEqualTo(403);
		Http.Response created = browser.submit("/admin/tokens", "/admin/tokens", Map.of("name", "laptop"));
		assertThat(created.status()).isEqualTo(200);
		java.util.regex.Matcher plain = java.util.regex.Pattern.compile("intk_[A-Za-z0-9_-]{43}")
			.matcher(created.body());
		assertThat(plain.find()).as(created.body()).isTrue();
		String token = plain.group();
		assertThat(created.body()).contains("<label for=\"plain-token\">", "laptop");
		Http.Response page = browser.get("/admin/tokens");
		assertThat(page.body()).contains("laptop").doesNotContain(token);
		assertThat(this.http.withToken(token).get("/api/v1/imports").status()).isEqualTo(200);

		long id = this.accounts.findByUsername(viewerName)
			.map((u) -> this.jdbc.sql("SELECT id FROM api_token WHERE user_id = :u")
				.param("u", u.id())
				.query(Long.class)
				.single())
			.orElseThrow();
		Http.Response revoked = browser.submit("/admin/tokens", "/admin/tokens/" + id + "/revoke", Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(this.http.withToken(token).get("/api/v1/imports").status()).isEqualTo(401);
	}

	@Test
	void anOpenSessionFollowsARoleChangeAndEndsWhenItsUserIsDisabled() {
		long tenant = tenant();
		Http admin = as(user(tenant, Role.ADMIN));
		String otherName = user(tenant, Role.ADMIN);
		long other = this.accounts.findByUsername(otherName).orElseThrow().id();
		FormBrowser browser = new FormBrowser(this.port);
		assertThat(browser.login(otherName, PASSWORD).status()).isEqualTo(302);
		assertThat(browser.get("/admin/users").status()).isEqualTo(200);
		ok(admin.patch("/api/v1/users/" + other, "{\"role\": \"VIEWER\"}"));
		assertThat(browser.get("/admin/users").status()).isEqualTo(403);
		assertThat(browser.get("/admin/tokens").status()).isEqualTo(200);
		ok(admin.delete("/api/v1/users/" + other));
		Http.Response signedOut = browser.get("/admin/tokens");
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(signedOut.header("Location")).endsWith("/login");
	}

	private String upload(Http client, int seed) {
		Http.Response uploaded = client.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				CompanyFiles
					.swedish(3, seed, StandardCharsets.UTF_8, 880000 + seed * 10, 910000 + seed * 10, "adm" + seed)
					.bytes());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	private String finishedImport(Http client, int seed) {
		String id = upload(client, seed);
		Http.Response started = client.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String status = client.get("/api/v1/imports/" + id).json().get("status").asString();
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

	private static String body(String username, String password, String role) {
		return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"role\": \"" + role + "\"}";
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static void assertField(Http.Response response, String field) {
		assertError(response, 422, "VALIDATION");
		List<String> fields = new ArrayList<>(response.json().get("details").findValuesAsString("field"));
		assertThat(fields).as(response.body()).contains(field);
	}

	static void assertError(Http.Response response, int status, String code) {
		SecurityContract.assertError(response, status, code);
	}

}
