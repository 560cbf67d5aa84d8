package intake.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;

import intake.crm.CrmEntities;
import intake.crm.EntityTable;

/**
 * How the isolation suite calls an endpoint it finds in the handler mappings: which
 * fixture fills each path variable and which body a write sends. An endpoint whose
 * variables no row fills, or a write without a body row, cannot be called: the suite
 * fails naming it, so that a new endpoint is never silently left out. Add a row here when
 * adding such an endpoint.
 */
final class EndpointTable {

	/** Whether the values of a row name a resource of the fixtures' tenant. */
	enum Scope {

		/** Names the tenant's data: another tenant must get 404. */
		TENANT,

		/** The same for every tenant (an import type, an entity name). */
		GLOBAL

	}

	/**
	 * Fills the path variables of the patterns that start with {@code prefix} (the
	 * pattern itself, or the pattern followed by {@code /} and a path without variables).
	 *
	 * @param prefix a pattern, e.g. {@code /api/v1/imports/{id}}
	 * @param scope what the values name
	 * @param bindings variable name to value, one map per request to send
	 */
	record Fill(String prefix, Scope scope, Function<Refs, List<Map<String, String>>> bindings) {
	}

	/** The path variables, by pattern. */
	static final List<Fill> FILLS = List.of(
			fill("/api/v1/imports/{id}", Scope.TENANT,
					(r) -> r.jobs().stream().map((job) -> Map.of("id", job)).toList()),
			fill("/api/v1/records/{entity}", Scope.GLOBAL,
					(r) -> entities().stream().map((entity) -> Map.of("entity", entity)).toList()),
			fill("/api/v1/records/{entity}/{id}", Scope.TENANT,
					(r) -> entities().stream()
						.map((entity) -> Map.of("entity", entity, "id", r.record(entity)))
						.toList()),
			fill("/api/v1/mappings/{id}", Scope.TENANT, (r) -> List.of(Map.of("id", r.mapping()))),
			fill("/api/v1/import-types/{type}", Scope.GLOBAL, (r) -> List.of(Map.of("type", "companies"))),
			// Users and tokens: a user no caller signs in as, and the caller's own token
			// (a user manages their own tokens, an administrator the tenant's).
			fill("/api/v1/users/{id}", Scope.TENANT, (r) -> List.of(Map.of("id", r.user()))),
			fill("/api/v1/tokens/{id}", Scope.TENANT, (r) -> List.of(Map.of("id", r.token()))),
			// The same on the pages: /admin/users/{id}/role|disable|enable and
			// /admin/tokens/{id}/revoke.
			fill("/admin/users/{id}", Scope.TENANT, (r) -> List.of(Map.of("id", r.user()))),
			fill("/admin/tokens/{id}", Scope.TENANT, (r) -> List.of(Map.of("id", r.token()))),
			// The wizard, history and records pages (intake.web): /imports/{id}/..., the
			// start
			// page of a type and its template, /records/{entity}[/{id}[/edit]].
			// The mapping step's one-column save (MappingPage), before the /imports/{id}
			// row
			// that cannot fill {index}.
			fill("/imports/{id}/mapping/columns/{index}", Scope.TENANT,
					(r) -> r.jobs().stream().map((job) -> Map.of("id", job, "index", "1")).toList()),
			fill("/imports/{id}", Scope.TENANT, (r) -> r.jobs().stream().map((job) -> Map.of("id", job)).toList()),
			fill("/imports/new/{type}", Scope.GLOBAL, (r) -> List.of(Map.of("type", "companies"))),
			fill("/records/{entity}", Scope.GLOBAL,
					(r) -> entities().stream().map((entity) -> Map.of("entity", entity)).toList()),
			fill("/records/{entity}/{id}", Scope.TENANT,
					(r) -> entities().stream()
						.map((entity) -> Map.of("entity", entity, "id", r.record(entity)))
						.toList()),
			// The health check itself: its components are not shown to anyone.
			fill("/actuator/health/**", Scope.GLOBAL, (r) -> List.of(Map.of("**", ""))));

	/** A request body. */
	sealed interface Body {

	}

	/** No body. */
	record None() implements Body {
	}

	/** A JSON body. */
	record Json(String json) implements Body {
	}

	/** A multipart/form-data body: text fields and a file. */
	record Multipart(Map<String, String> fields, String fileName, byte[] file) implements Body {
	}

	/** An {@code application/x-www-form-urlencoded} body (a page's form). */
	record Form(Map<String, String> fields) implements Body {
	}

	/**
	 * The bodies of writes, by method and pattern: minimal valid requests. Every value
	 * naming a resource comes from the {@link Refs} given, so the same body can be sent
	 * with made-up ids.
	 */
	static final Map<String, BiFunction<Refs, Map<String, String>, Body>> BODIES = bodies();

	/**
	 * A record of each entity: field and link keys to values in the API's JSON encoding;
	 * links name the parent records of {@code refs}, text fields carry {@code text}.
	 */
	static final Map<String, BiFunction<Refs, String, String>> RECORDS = records();

	private EndpointTable() {
	}

	private static Map<String, BiFunction<Refs, Map<String, String>, Body>> bodies() {
		Map<String, BiFunction<Refs, Map<String, String>, Body>> bodies = new LinkedHashMap<>();
		bodies.put("POST /api/v1/imports", (r, v) -> new Multipart(Map.of("type", "companies"), r.tag() + ".csv",
				("Företagsnamn;Ort\r\nNytt " + r.tag() + ";Umeå\r\n").getBytes(StandardCharsets.UTF_8)));
		bodies.put("PUT /api/v1/imports/{id}/source", (r, v) -> new Json("{\"delimiter\": \";\"}"));
		bodies.put("PUT /api/v1/imports/{id}/mapping", (r, v) -> new Json("{\"columns\": {\"1\": null}}"));
		bodies.put("PUT /api/v1/imports/{id}/options", (r, v) -> new Json("{\"mode\": \"UPSERT\"}"));
		bodies.put("POST /api/v1/imports/{id}/start", (r, v) -> new None());
		bodies.put("POST /api/v1/imports/{id}/cancel", (r, v) -> new None());
		bodies.put("POST /api/v1/imports/{id}/undo", (r, v) -> new None());
		bodies.put("POST /api/v1/records/{entity}", (r, v) -> new Json(record(v.get("entity"), r, r.tag())));
		bodies.put("PATCH /api/v1/records/{entity}/{id}",
				(r, v) -> new Json(record(v.get("entity"), r, "Ändrad " + r.tag())));
		bodies.put("POST /api/v1/records/{entity}/{id}/erase", (r, v) -> new None());
		bodies.put("POST /api/v1/mappings",
				(r, v) -> new Json("{\"name\": \"Karta " + r.tag() + "\", \"fromImport\": \"" + r.job() + "\"}"));
		bodies.put("PUT /api/v1/settings", (r, v) -> new Json("{\"country\": \"NO\", \"currency\": \"NOK\"}"));
		// Users and tokens, as UsersController and TokensController read them. The role
		// differs from the spare user's (VIEWER), so that a change leaking into another
		// tenant shows.
		bodies.put("POST /api/v1/users", (r, v) -> new Json("{\"username\": \"" + r.tag()
				+ "-new\", \"password\": \"a long enough password\", \"role\": \"VIEWER\"}"));
		bodies.put("PATCH /api/v1/users/{id}", (r, v) -> new Json("{\"role\": \"IMPORTER\"}"));
		bodies.put("POST /api/v1/tokens", (r, v) -> new Json("{\"name\": \"Skript " + r.tag() + "\"}"));
		// The admin pages' forms (UsersPage, TokensPage); send() adds the session's CSRF
		// token.
		bodies.put("POST /admin/users", (r, v) -> new Form(
				Map.of("username", r.tag() + "-page", "password", "a long enough password", "role", "VIEWER")));
		bodies.put("POST /admin/users/{id}/role", (r, v) -> new Form(Map.of("role", "IMPORTER")));
		bodies.put("POST /admin/users/{id}/disable", (r, v) -> new Form(Map.of()));
		bodies.put("POST /admin/users/{id}/enable", (r, v) -> new Form(Map.of()));
		bodies.put("POST /admin/tokens", (r, v) -> new Form(Map.of("name", "Skript " + r.tag())));
		bodies.put("POST /admin/tokens/{id}/revoke", (r, v) -> new Form(Map.of()));
		// The wizard's start pages (UploadPage, SourcePage): the upload form, then how
		// the file is read. send() adds the session's CSRF token to both.
		bodies.put("POST /imports", (r, v) -> new Multipart(Map.of("type", "companies"), r.tag() + ".csv",
				("Företagsnamn;Ort\r\nNytt " + r.tag() + ";Umeå\r\n").getBytes(StandardCharsets.UTF_8)));
		bodies.put("POST /imports/{id}/source", (r, v) -> new Form(Map.of("delimiter", ";")));
		// The history, undo and records pages (UndoPage, RecordEditPage): the undo
		// confirmed, and the edit form carrying the values of RECORDS.
		bodies.put("POST /imports/{id}/undo", (r, v) -> new Form(Map.of("confirm", "yes")));
		bodies.put("POST /records/{entity}/{id}/edit",
				(r, v) -> new Form(form(record(v.get("entity"), r, "Ändrad " + r.tag()))));
		// The wizard's "Match columns" step (MappingPage, MappingRulesPage,
		// MappingNamedPage): the same changes as PUT /api/v1/imports/{id}/mapping above.
		bodies.put("POST /imports/{id}/mapping", (r, v) -> new Form(Map.of("column-1", "")));
		bodies.put("POST /imports/{id}/mapping/columns/{index}", (r, v) -> new Form(Map.of("field", "")));
		bodies.put("POST /imports/{id}/mapping/constants",
				(r, v) -> new Form(Map.of("field", "CompanyCountry", "value", "SE")));
		bodies.put("POST /imports/{id}/mapping/value-maps",
				(r, v) -> new Form(Map.of("column", "1", "from", "Luleå", "to", "Luleå " + r.tag())));
		bodies.put("POST /imports/{id}/mapping/combine",
				(r, v) -> new Form(Map.of("field", "CompanyNote", "columns", "0,1", "separator", "newline")));
		bodies.put("POST /imports/{id}/mapping/split",
				(r, v) -> new Form(Map.of("column", "1", "first", "ContactFirstName", "last", "ContactLastName")));
		bodies.put("POST /imports/{id}/mapping/remove",
				(r, v) -> new Form(Map.of("what", "constant", "key", "CompanyCountry")));
		bodies.put("POST /imports/{id}/mapping/apply", (r, v) -> new Form(Map.of("mapping", r.mapping())));
		bodies.put("POST /imports/{id}/mapping/save", (r, v) -> new Form(Map.of("name", "Sidkarta " + r.tag())));
		// The wizard's preview and job pages (PreviewPage, JobPage).
		bodies.put("POST /imports/{id}/options", (r, v) -> new Form(Map.of("mode", "UPSERT")));
		bodies.put("POST /imports/{id}/start", (r, v) -> new Form(Map.of()));
		bodies.put("POST /imports/{id}/cancel", (r, v) -> new Form(Map.of()));
		return Map.copyOf(bodies);
	}

	private static Map<String, BiFunction<Refs, String, String>> records() {
		Map<String, BiFunction<Refs, String, String>> records = new LinkedHashMap<>();
		records.put("employees",
				(r, t) -> json("EmployeeNo", "E-" + r.tag(), "EmployeeFirstName", "Eva", "EmployeeLastName", t));
		records.put("company-categories", (r, t) -> json("CompanyCategoryName", "Kategori " + t));
		records.put("product-categories", (r, t) -> json("ProductCategoryName", "Varugrupp " + t));
		records.put("companies", (r, t) -> json("CompanyName", "Bolag " + t, "employeeId", r.record("employees")));
		records.put("contacts", (r, t) -> json("ContactFirstName", "Lina", "ContactLastName", t, "ContactEmail",
				"lina@example.se", "companyId", r.record("companies")));
		records.put("products", (r, t) -> json("ProductNo", "P-" + r.tag(), "ProductName", "Skruv " + t,
				"productCategoryId", r.record("product-categories")));
		records.put("price-lists", (r, t) -> json("PriceListId", "L-" + r.tag()));
		records.put("price-list-prices", (r, t) -> json("priceListId", r.record("price-lists"), "productId",
				r.record("products"), "PriceOut", "10.00"));
		records.put("notes", (r, t) -> json("NoteTitle", "Anteckning " + t, "companyId", r.record("companies")));
		records.put("opportunities",
				(r, t) -> json("SalesOpportunityTitle", "Affär " + t, "companyId", r.record("companies")));
		records.put("recurring-invoices",
				(r, t) -> json("RepeatingOrderId", "R-" + r.tag(), "companyId", r.record("companies")));
		records.put("recurring-invoice-lines", (r, t) -> json("recurringInvoiceId", r.record("recurring-invoices"),
				"RepeatingName", "Hyra " + t, "RepeatingQuantity", "1"));
		records.put("tasks", (r, t) -> json("TaskTitle", "Möte " + t, "companyId", r.record("companies")));
		records.put("accounts", (r, t) -> json("AccountNo", "1930", "AccountName", "Konto " + t));
		return Map.copyOf(records);
	}

	/** Every entity of the records API. */
	static List<String> entities() {
		return CrmEntities.all().stream().map(EntityTable::entity).toList();
	}

	/** The JSON of a record of the entity; fails naming an entity without a row. */
	static String record(String entity, Refs refs, String text) {
		BiFunction<Refs, String, String> body = RECORDS.get(entity);
		if (body == null) {
			throw new IllegalStateException("EndpointTable.RECORDS has no " + entity
					+ " record: add one, so that the suite can create and call it");
		}
		return body.apply(refs, text);
	}

	/**
	 * One request to send.
	 *
	 * @param endpoint the endpoint
	 * @param path the concrete path
	 * @param variables the path variables
	 * @param tenantData whether the path names a resource of the fixtures' tenant
	 * @param body the body
	 * @param madeUp the same body naming made-up ids instead
	 */
	record Call(Endpoints.Endpoint endpoint, String path, Map<String, String> variables, boolean tenantData, Body body,
			Body madeUp) {

		HttpMethod method() {
			return this.endpoint.method();
		}

		/** Whether the body names a resource of the fixtures' tenant. */
		boolean bodyNamesTenantData() {
			return !same(this.body, this.madeUp);
		}

		@Override
		public String toString() {
			return method() + " " + this.path + " [" + this.endpoint.pattern() + "]";
		}

	}

	/**
	 * The requests that call an endpoint with the fixtures of {@code refs}.
	 * @throws IllegalStateException naming the endpoint when the tables cannot call it
	 */
	static List<Call> calls(Endpoints.Endpoint endpoint, Refs refs) {
		Set<String> variables = variables(endpoint.pattern());
		List<Map<String, String>> bindings = List.of(Map.of());
		boolean tenantData = false;
		if (!variables.isEmpty()) {
			Fill fill = fillOf(endpoint.pattern())
				.orElseThrow(() -> new IllegalStateException("No row of EndpointTable.FILLS fills the path variables "
						+ variables + " of " + endpoint + ": add one"));
			bindings = fill.bindings().apply(refs);
			tenantData = fill.scope() == Scope.TENANT;
			for (Map<String, String> binding : bindings) {
				if (!binding.keySet().equals(variables)) {
					throw new IllegalStateException("EndpointTable.FILLS row " + fill.prefix() + " fills "
							+ binding.keySet() + " but " + endpoint + " has " + variables);
				}
			}
		}
		List<Call> calls = new ArrayList<>();
		for (Map<String, String> binding : bindings) {
			String path = expand(endpoint.pattern(), binding);
			Body body = body(endpoint, refs, binding);
			Body madeUp = body(endpoint, refs.madeUp(), binding);
			calls.add(new Call(endpoint, path, binding, tenantData, body, madeUp));
		}
		return calls;
	}

	private static Body body(Endpoints.Endpoint endpoint, Refs refs, Map<String, String> binding) {
		BiFunction<Refs, Map<String, String>, Body> body = BODIES.get(endpoint.method() + " " + endpoint.pattern());
		if (body != null) {
			return body.apply(refs, binding);
		}
		if (endpoint.reads() || endpoint.method() == HttpMethod.DELETE || endpoint.method() == HttpMethod.OPTIONS) {
			return new None();
		}
		throw new IllegalStateException(
				"EndpointTable.BODIES has no body for " + endpoint + ": add a minimal valid one (or None)");
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}");

	/** The variables of a pattern; {@code *} and {@code **} count as variables too. */
	static Set<String> variables(String pattern) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		for (String segment : pattern.split("/")) {
			if (segment.contains("*") && !segment.startsWith("{")) {
				names.add(segment);
			}
		}
		return names;
	}

	private static Optional<Fill> fillOf(String pattern) {
		return FILLS.stream()
			.filter((f) -> pattern.equals(f.prefix()) || (pattern.startsWith(f.prefix() + "/")
					&& variables(pattern.substring(f.prefix().length())).isEmpty()))
			.findFirst();
	}

	static String expand(String pattern, Map<String, String> binding) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(binding.get(matcher.group(1))));
		}
		matcher.appendTail(path);
		String expanded = path.toString();
		for (Map.Entry<String, String> entry : binding.entrySet()) {
			if (entry.getKey().contains("*")) {
				expanded = entry.getValue().isEmpty() ? expanded.replace("/" + entry.getKey(), "")
						: expanded.replace(entry.getKey(), entry.getValue());
			}
		}
		return expanded;
	}

	private static boolean same(Body a, Body b) {
		if (a instanceof Multipart x && b instanceof Multipart y) {
			return x.fields().equals(y.fields()) && java.util.Arrays.equals(x.file(), y.file());
		}
		return a.equals(b);
	}

	private static Fill fill(String prefix, Scope scope, Function<Refs, List<Map<String, String>>> bindings) {
		return new Fill(prefix, scope, bindings);
	}

	/**
	 * The fields of a form from a JSON object of string values (a {@link #RECORDS} row).
	 */
	static Map<String, String> form(String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(json)
			.properties()
			.forEach((field) -> fields.put(field.getKey(), field.getValue().asString()));
		return fields;
	}

	/** A JSON object of string values, from key-value pairs. */
	static String json(String... pairs) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < pairs.length; i += 2) {
			json.append((i > 0) ? ", " : "")
				.append('"')
				.append(pairs[i])
				.append("\": \"")
				.append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return json.append('}').toString();
	}

}
