package intake.crm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import intake.plan.Candidate;
import intake.plan.RecordDirectory;
import intake.plan.StoredRecord;
import intake.validate.NaturalKeys;

/**
 * The stored records of one tenant, for resolving references and matching natural keys of
 * every entity (see {@link RecordDirectory} for how values match). Look-ups are batched:
 * one query per lookup column and chunk of {@value #CHUNK} values. Immutable and
 * thread-safe; works on H2 (PostgreSQL mode) and PostgreSQL.
 */
public final class JdbcRecordDirectory implements RecordDirectory {

	private static final int CHUNK = 1000;

	private static final String CONTACT_NAME = "LOWER(TRIM(COALESCE(t.contact_first_name, '') || ' ' "
			+ "|| COALESCE(t.contact_last_name, '')))";

	private final NamedParameterJdbcTemplate jdbc;

	private final long tenantId;

	private final boolean arrays;

	/**
	 * The running import, whose own records {@link #load} leaves out; empty outside one.
	 */
	private final Optional<String> jobId;

	/**
	 * @param jdbc the database
	 * @param tenantId the tenant whose records are looked up
	 * @param arrays whether value lists go as one array parameter ({@code = ANY(?)},
	 * cheap to plan on PostgreSQL) rather than as an {@code IN} list (which H2 answers
	 * from the index)
	 */
	public JdbcRecordDirectory(NamedParameterJdbcTemplate jdbc, long tenantId, boolean arrays) {
		this(jdbc, tenantId, Optional.empty(), arrays);
	}

	/**
	 * A directory for one running import: {@link #load} ignores the records it created,
	 * {@link #findOwn} finds only those.
	 * @param jdbc the database
	 * @param tenantId the tenant whose records are looked up
	 * @param jobId the running import
	 * @param arrays whether value lists go as one array parameter
	 */
	public JdbcRecordDirectory(NamedParameterJdbcTemplate jdbc, long tenantId, String jobId, boolean arrays) {
		this(jdbc, tenantId, Optional.of(jobId), arrays);
	}

	private JdbcRecordDirectory(NamedParameterJdbcTemplate jdbc, long tenantId, Optional<String> jobId,
			boolean arrays) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.tenantId = tenantId;
		this.jobId = Objects.requireNonNull(jobId, "jobId");
		this.arrays = arrays;
	}

	@Override
	public Map<String, Long> findOwn(String entity, String key, Collection<String> values) {
		if (this.jobId.isEmpty() || values.isEmpty()) {
			return Map.of();
		}
		EntityTable table = CrmEntities.get(entity);
		String column = column(table, key);
		Map<String, Long> found = new HashMap<>();
		for (List<Object> chunk : chunks(new ArrayList<Object>(new LinkedHashSet<>(values)))) {
			this.jdbc.query(
					"SELECT id, " + column + " AS k FROM " + table.table() + " WHERE tenant_id = :tenant AND " + column
							+ anyOf("values") + " AND import_job_id = :job",
					params().addValue("values", parameter(chunk)).addValue("job", this.jobId.get()), (ResultSet rs) -> {
						found.put(rs.getString("k"), rs.getLong("id"));
					});
		}
		return found;
	}

	/**
	 * {@inheritDoc}
	 * @throws IllegalArgumentException for an entity that references do not name
	 */
	@Override
	public Map<String, List<Candidate>> candidates(String entity, Collection<String> values) {
		Source source = source(entity);
		Map<String, List<Candidate>> found = new LinkedHashMap<>();
		for (Lookup lookup : source.lookups()) {
			Map<String, List<String>> byKey = new LinkedHashMap<>();
			for (String value : new LinkedHashSet<>(values)) {
				String key = lookup.key().apply(value);
				if (key != null && !key.isEmpty()) {
					byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
				}
			}
			for (List<String> chunk : chunks(new ArrayList<>(byKey.keySet()))) {
				String sql = "SELECT " + source.select() + ", " + lookup.expression() + " AS match_key FROM "
						+ source.from() + " WHERE t.tenant_id = :tenant AND " + lookup.expression() + anyOf("keys")
						+ " ORDER BY t.id";
				this.jdbc.query(sql, params().addValue("keys", parameter(chunk)), (ResultSet rs) -> {
					Candidate candidate = new Candidate(rs.getLong("id"), parent(rs, source),
							source.describer().describe(rs, lookup));
					for (String value : byKey.getOrDefault(rs.getString("match_key"), List.of())) {
						List<Candidate> candidates = found.computeIfAbsent(value, (v) -> new ArrayList<>());
						if (candidates.stream().noneMatch((c) -> c.id() == candidate.id())) {
							candidates.add(candidate);
						}
					}
				});
			}
		}
		return found;
	}

	/**
	 * {@inheritDoc}
	 * @throws IllegalArgumentException for an unknown entity or key
	 */
	@Override
	public List<StoredRecord> load(String entity, String key, Collection<?> values) {
		EntityTable table = CrmEntities.get(entity);
		String column = column(table, key);
		List<StoredRecord> found = new ArrayList<>();
		Optional<String> parent = table.parent().map(EntityTable.Link::column);
		for (List<Object> chunk : chunks(new ArrayList<Object>(new LinkedHashSet<>(values)))) {
			String notOwn = this.jobId.isPresent() ? " AND (import_job_id IS NULL OR import_job_id <> :job)" : "";
			this.jdbc.query(
					"SELECT * FROM " + table.table() + " WHERE tenant_id = :tenant AND " + column + anyOf("values")
							+ notOwn + " ORDER BY id",
					params().addValue("values", parameter(chunk)).addValue("job", this.jobId.orElse("")),
					(ResultSet rs) -> {
						Optional<Long> parentId = Optional.empty();
						if (parent.isPresent()) {
							long id = rs.getLong(parent.get());
							parentId = rs.wasNull() ? Optional.empty() : Optional.of(id);
						}
						found.add(new StoredRecord(rs.getLong("id"), parentId, rs.getLong("version"),
								StoredValues.readWithLinks(rs, table)));
					});
		}
		return found;
	}

	private static String column(EntityTable table, String key) {
		Optional<EntityTable.Link> link = table.findLink(key);
		if (link.isPresent()) {
			return link.get().column();
		}
		return table.valueColumns()
			.stream()
			.filter((c) -> c.key().equals(key))
			.map(EntityTable.Column::column)
			.findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException(key + " is neither a field nor a link of " + table.entity()));
	}

	private static Optional<Long> parent(ResultSet rs, Source source) throws SQLException {
		if (!source.hasParent()) {
			return Optional.empty();
		}
		long id = rs.getLong("parent_id");
		return rs.wasNull() ? Optional.empty() : Optional.of(id);
	}

	/** An array parameter when the values allow one, else the list for an IN clause. */
	private Object parameter(List<?> values) {
		if (this.arrays && values.stream().allMatch(String.class::isInstance)) {
			return values.toArray(new String[0]);
		}
		if (this.arrays && values.stream().allMatch(Long.class::isInstance)) {
			return values.toArray(new Long[0]);
		}
		return values;
	}

	private String anyOf(String parameter) {
		return this.arrays ? " = ANY(:" + parameter + ")" : " IN (:" + parameter + ")";
	}

	private MapSqlParameterSource params() {
		return new MapSqlParameterSource("tenant", this.tenantId);
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	private static Source source(String entity) {
		Source source = SOURCES.get(entity);
		if (source == null) {
			throw new IllegalArgumentException("References do not name " + entity + " records");
		}
		return source;
	}

	private static final Map<String, Source> SOURCES = sources();

	private static Map<String, Source> sources() {
		UnaryOperator<String> asWritten = UnaryOperator.identity();
		UnaryOperator<String> lowerCase = (v) -> v.strip().toLowerCase(Locale.ROOT);
		Map<String, Source> sources = new HashMap<>();
		sources.put("companies",
				new Source("t.id, t.company_name, t.company_id, t.company_gov_no", "company t", false,
						List.of(new Lookup("t.company_id", asWritten, "customer number"),
								new Lookup("t.company_gov_no_key", NaturalKeys::govNo, "org. no."),
								new Lookup("t.company_name", asWritten, "name")),
						(rs, lookup) -> company(rs)));
		sources.put("contacts",
				new Source(
						"t.id, t.company_ref_id AS parent_id, t.contact_first_name, t.contact_last_name,"
								+ " t.contact_role_email, t.contact_email, t.contact_customer_id, c.company_name",
						"contact t LEFT JOIN company c ON c.id = t.company_ref_id", true,
						List.of(new Lookup("t.contact_customer_id", asWritten, "contact number"),
								new Lookup("LOWER(t.contact_role_email)", lowerCase, "e-mail"),
								new Lookup("LOWER(t.contact_email)", lowerCase, "e-mail"),
								new Lookup(CONTACT_NAME, (v) -> KeyColumns.employeeName(v), "name")),
						(rs, lookup) -> contact(rs)));
		sources.put("employees",
				new Source("t.id, t.employee_no, t.employee_first_name, t.employee_last_name, t.employee_email",
						"employee t", false,
						List.of(new Lookup("t.employee_no", asWritten, "employee number"),
								new Lookup("t.employee_name_key", (v) -> KeyColumns.employeeName(v), "name")),
						(rs, lookup) -> employee(rs)));
		sources.put("products",
				new Source("t.id, t.product_no, t.product_name", "product t", false,
						List.of(new Lookup("t.product_no", asWritten, "product number"),
								new Lookup("t.product_code", asWritten, "supplier's product number"),
								new Lookup("t.product_ean", asWritten, "EAN")),
						(rs, lookup) -> rs.getString("product_no") + " " + rs.getString("product_name") + " ("
								+ lookup.matchedBy() + ")"));
		sources.put("product-categories", category("product_category"));
		sources.put("company-categories", category("company_category"));
		sources.put("price-lists",
				new Source("t.id, t.price_list_id", "price_list t", false,
						List.of(new Lookup("t.price_list_id", asWritten, "price list")),
						(rs, lookup) -> "price list " + rs.getString("price_list_id")));
		sources.put("recurring-invoices",
				new Source("t.id, t.repeating_order_id, c.company_name",
						"recurring_invoice t LEFT JOIN company c ON c.id = t.company_ref_id", false,
						List.of(new Lookup("t.repeating_order_id", asWritten, "agreement number")),
						(rs, lookup) -> "recurring invoice " + rs.getString("repeating_order_id") + " for "
								+ rs.getString("company_name")));
		sources.put("accounts",
				new Source("t.id, t.account_no, t.account_name", "account t", false,
						List.of(new Lookup("t.account_no", asWritten, "account number")),
						(rs, lookup) -> "account " + rs.getString("account_no") + " " + rs.getString("account_name")));
		return Map.copyOf(sources);
	}

	private static Source category(String table) {
		return new Source("t.id, t." + table + "_name", table + " t", false,
				List.of(new Lookup("t." + table + "_name_key", KeyColumns::categoryName, "name")),
				(rs, lookup) -> rs.getString(table + "_name"));
	}

	/** E.g. {@code Acme AB (customer number 17, org. no. 556016-0680)}. */
	private static String company(ResultSet rs) throws SQLException {
		String govNo = rs.getString("company_gov_no");
		return rs.getString("company_name") + " (customer number " + rs.getString("company_id")
				+ ((govNo != null) ? ", org. no. " + govNo : "") + ")";
	}

	/** E.g. {@code Eva Ångström <eva@x.se> at Acme AB}. */
	private static String contact(ResultSet rs) throws SQLException {
		String name = String.join(" ", nonNull(rs.getString("contact_first_name"), rs.getString("contact_last_name")));
		String email = (rs.getString("contact_role_email") != null) ? rs.getString("contact_role_email")
				: rs.getString("contact_email");
		String company = rs.getString("company_name");
		String number = rs.getString("contact_customer_id");
		return (name.isEmpty() ? "contact" : name) + ((email != null) ? " <" + email + ">" : "")
				+ ((number != null) ? " (contact number " + number + ")" : "")
				+ ((company != null) ? " at " + company : "");
	}

	/** E.g. {@code Eva Ångström (employee number 7, eva@x.se)}. */
	private static String employee(ResultSet rs) throws SQLException {
		String name = String.join(" ",
				nonNull(rs.getString("employee_first_name"), rs.getString("employee_last_name")));
		List<String> details = nonNull(
				(rs.getString("employee_no") != null) ? "employee number " + rs.getString("employee_no") : null,
				rs.getString("employee_email"));
		return (name.isEmpty() ? "employee" : name)
				+ (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
	}

	private static List<String> nonNull(String... texts) {
		List<String> present = new ArrayList<>();
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				present.add(text);
			}
		}
		return present;
	}

	/** How a lookup column is queried: its SQL expression and a value's form in it. */
	private record Lookup(String expression, UnaryOperator<String> key, String matchedBy) {
	}

	/** Describes the record of the current row for a person. */
	@FunctionalInterface
	private interface Describer {

		String describe(ResultSet rs, Lookup lookup) throws SQLException;

	}

	/** Where an entity's candidates come from and how each is described. */
	private record Source(String select, String from, boolean hasParent, List<Lookup> lookups, Describer describer) {
	}

}
