package intake.crm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import intake.plan.CompanyDirectory;
import intake.plan.CompanyKey;
import intake.plan.ContactIdentity;
import intake.plan.StoredRecord;

/**
 * The stored companies and contacts of one tenant, looked up in batches; records created
 * by the running import are not "stored" for it.
 */
public final class JdbcCompanyDirectory implements CompanyDirectory {

	private static final int BATCH = 5000;

	private final NamedParameterJdbcTemplate jdbc;

	private final long tenantId;

	private final String jobId;

	private final boolean arrays;

	/**
	 * @param arrays whether key lists go as one array parameter ({@code = ANY(?)}, cheap
	 * to plan on PostgreSQL) rather than as an {@code IN} list (which H2 answers from the
	 * index)
	 */
	public JdbcCompanyDirectory(NamedParameterJdbcTemplate jdbc, long tenantId, String jobId, boolean arrays) {
		this.arrays = arrays;
		this.jdbc = jdbc;
		this.tenantId = tenantId;
		this.jobId = jobId;
	}

	@Override
	public Map<CompanyKey, Long> findCompanies(Collection<CompanyKey> keys) {
		return find(keys, notThisJob());
	}

	@Override
	public Map<CompanyKey, Long> findOwnCompanies(Collection<CompanyKey> keys) {
		return find(keys, "import_job_id = :job");
	}

	private Map<CompanyKey, Long> find(Collection<CompanyKey> keys, String whose) {
		Map<CompanyKey, Long> found = new HashMap<>();
		lookup(keys, CompanyKey.Kind.CUSTOMER_NO, "company_id", whose, found);
		lookup(keys, CompanyKey.Kind.GOV_NO, "company_gov_no_key", whose, found);
		lookup(keys, CompanyKey.Kind.NAME_POSTCODE, "company_name_key", whose, found);
		return found;
	}

	private void lookup(Collection<CompanyKey> keys, CompanyKey.Kind kind, String column, String whose,
			Map<CompanyKey, Long> found) {
		List<CompanyKey> ofKind = keys.stream().filter((k) -> k.kind() == kind).toList();
		for (List<CompanyKey> batch : batches(ofKind)) {
			List<String> values = batch.stream().map(CompanyKey::value).toList();
			this.jdbc.query(
					"SELECT id, " + column + " FROM company WHERE tenant_id = :tenant AND " + column + anyOf("values")
							+ " AND " + whose,
					params().addValue("values", this.arrays ? values.toArray(new String[0]) : values), (rs) -> {
						found.put(new CompanyKey(kind, rs.getString(2)), rs.getLong(1));
					});
		}
	}

	@Override
	public Set<ContactIdentity> findContacts(Collection<Long> companyIds) {
		Set<ContactIdentity> found = new HashSet<>();
		for (List<Long> batch : batches(new ArrayList<>(companyIds))) {
			this.jdbc.query(
					"SELECT company_ref_id, contact_role_email, contact_email, contact_first_name, contact_last_name"
							+ " FROM contact WHERE tenant_id = :tenant AND company_ref_id" + anyOf("ids") + " AND "
							+ notThisJob(),
					params().addValue("ids", this.arrays ? batch.toArray(new Long[0]) : batch), (rs) -> {
						long company = rs.getLong(1);
						String email = (rs.getString(2) != null) ? rs.getString(2) : rs.getString(3);
						String first = rs.getString(4);
						String last = rs.getString(5);
						ContactIdentity.of(company, email, first, last).ifPresent(found::add);
						// A stored contact is also known by name when it has an
						// e-mail.
						ContactIdentity.of(company, null, first, last).ifPresent(found::add);
					});
		}
		return found;
	}

	@Override
	public Map<Long, StoredRecord> loadCompanies(Collection<Long> companyIds) {
		EntityTable table = CrmEntities.get("companies");
		Map<Long, StoredRecord> found = new HashMap<>();
		for (List<Long> batch : batches(new ArrayList<>(companyIds))) {
			this.jdbc.query("SELECT * FROM company WHERE tenant_id = :tenant AND id IN (:ids)",
					params().addValue("ids", batch), (rs) -> {
						long id = rs.getLong("id");
						found.put(id, new StoredRecord(id, Optional.empty(), rs.getLong("version"),
								StoredValues.read(rs, table)));
					});
		}
		return found;
	}

	@Override
	public List<StoredRecord> loadContacts(Collection<Long> companyIds) {
		EntityTable table = CrmEntities.get("contacts");
		List<StoredRecord> found = new ArrayList<>();
		for (List<Long> batch : batches(new ArrayList<>(companyIds))) {
			this.jdbc.query("SELECT * FROM contact WHERE tenant_id = :tenant AND company_ref_id IN (:ids) AND "
					+ notThisJob() + " ORDER BY id", params().addValue("ids", batch), (rs) -> {
						found.add(new StoredRecord(rs.getLong("id"), Optional.of(rs.getLong("company_ref_id")),
								rs.getLong("version"), StoredValues.read(rs, table)));
					});
		}
		return found;
	}

	private String anyOf(String parameter) {
		return this.arrays ? " = ANY(:" + parameter + ")" : " IN (:" + parameter + ")";
	}

	private String notThisJob() {
		return "(import_job_id IS NULL OR import_job_id <> :job)";
	}

	private MapSqlParameterSource params() {
		return new MapSqlParameterSource().addValue("tenant", this.tenantId).addValue("job", this.jobId);
	}

	private static <T> List<List<T>> batches(List<T> all) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < all.size(); i += BATCH) {
			batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
		}
		return batches;
	}

}
