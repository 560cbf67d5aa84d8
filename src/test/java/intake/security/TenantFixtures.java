package intake.security;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant of its own with data of every kind, created through the {@link Tenants},
 * {@link UserAccounts} and {@link ApiTokens} beans and the API: a user and an API token
 * per role, a spare user, a record of every entity, a finished import with an invalid
 * row, an import still in MAPPING and a named mapping. Every name carries a tag unique to
 * the run, since the PostgreSQL database is shared by the test classes.
 */
final class TenantFixtures {

	static final String PASSWORD = "isolation password";

	/**
	 * A user of the tenant.
	 *
	 * @param id the user id
	 * @param username the username
	 * @param tokenId the id of their API token
	 * @param token their plain API token
	 */
	record Member(long id, String username, long tokenId, String token) {
	}

	final long tenantId;

	final String tag;

	final Map<Role, Member> members;

	final Member spare;

	final Refs refs;

	private final Http http;

	private TenantFixtures(long tenantId, String tag, Map<Role, Member> members, Member spare, Refs refs, Http http) {
		this.tenantId = tenantId;
		this.tag = tag;
		this.members = Map.copyOf(members);
		this.spare = spare;
		this.refs = refs;
		this.http = http;
	}

	/** A tenant with users and tokens only. */
	static TenantFixtures empty(Tenants tenants, UserAccounts accounts, ApiTokens tokens, Http http) {
		String tag = "iso" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long tenant = tenants.create(tag);
		Map<Role, Member> members = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			members.put(role, member(accounts, tokens, tenant, tag + "-" + role.name().toLowerCase(), role));
		}
		Member spare = member(accounts, tokens, tenant, tag + "-spare", Role.VIEWER);
		Refs refs = new Refs(List.of(), Map.of(), "", Long.toString(spare.id()), "", tag);
		return new TenantFixtures(tenant, tag, members, spare, refs, http);
	}

	/** A tenant with users, tokens and data of every kind. */
	static TenantFixtures withData(Tenants tenants, UserAccounts accounts, ApiTokens tokens, Http http) {
		TenantFixtures tenant = empty(tenants, accounts, tokens, http);
		return tenant.withData();
	}

	private TenantFixtures withData() {
		Http importer = as(Role.IMPORTER);
		Map<String, String> records = new LinkedHashMap<>();
		for (String entity : EndpointTable.entities()) {
			Refs sofar = new Refs(List.of(), records, "", this.refs.user(), "", this.tag);
			Http.Response created = importer.post("/api/v1/records/" + entity,
					EndpointTable.record(entity, sofar, this.tag));
			assertThat(created.status()).as(entity + ": " + created.body()).isEqualTo(201);
			records.put(entity, created.json().get("id").asString());
		}
		String finished = finishedImport(importer);
		String mapping = upload(importer, "Företagsnamn;Ort\r\nVäntar " + this.tag + ";Luleå\r\n");
		Http.Response saved = as(Role.ADMIN).post("/api/v1/mappings",
				"{\"name\": \"Karta " + this.tag + "\", \"fromImport\": \"" + finished + "\"}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		Refs refs = new Refs(List.of(finished, mapping), records, saved.json().get("id").asString(), this.refs.user(),
				"", this.tag);
		return new TenantFixtures(this.tenantId, this.tag, this.members, this.spare, refs, this.http);
	}

	/** Every user of the tenant: one per role and the spare. */
	List<Member> people() {
		List<Member> people = new java.util.ArrayList<>(this.members.values());
		people.add(this.spare);
		return people;
	}

	/** The fixtures as one of the tenant's users sees them (their own token). */
	Refs refsFor(Role role) {
		return this.refs.withToken(Long.toString(this.members.get(role).tokenId()));
	}

	/** A client calling with HTTP Basic as the tenant's user of that role. */
	Http as(Role role) {
		return this.http.as(this.members.get(role).username(), PASSWORD);
	}

	/** A browser signed in through the form as the tenant's user of that role. */
	Http browser(Role role) {
		Http browser = this.http.browser();
		Http.Response signedIn = browser.form("/login", Map.of("username", this.members.get(role).username(),
				"password", PASSWORD, "_csrf", csrf(browser, "/login")));
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		return browser;
	}

	/** The CSRF token of a page, for the browser's session. */
	static String csrf(Http browser, String page) {
		Http.Response html = browser.get(page);
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(html.body());
		assertThat(matcher.find()).as(html.body()).isTrue();
		return matcher.group(1);
	}

	/**
	 * A companies import of one valid and one invalid row (no name), run to the end.
	 */
	private String finishedImport(Http client) {
		String id = upload(client, "Företagsnamn;Ort;E-post\r\nBolag Import " + this.tag
				+ ";Umeå;info@example.se\r\n;Kiruna;=HYPERLINK(\"http://x\")\r\n");
		return run(client, id);
	}

	static String upload(Http client, String csv) {
		Http.Response uploaded = client.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	/** Starts an import and waits until it has finished; fails unless it completed. */
	static String run(Http client, String id) {
		Http.Response started = client.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode job = client.waitForJob(id,
				(now) -> !Set.of("QUEUED", "RUNNING").contains(now.get("status").asString()));
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
		return id;
	}

	private static Member member(UserAccounts accounts, ApiTokens tokens, long tenant, String username, Role role) {
		UserAccount account = accounts.create(tenant, username, PASSWORD, role);
		ApiToken.Created token = tokens.create(tenant, account.id(), "token of " + username);
		return new Member(account.id(), account.username(), token.token().id(), token.plainToken());
	}

}
