package intake.crm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customer numbers of stored companies.
 */
@Component
public class CompanyNumbers {

	private final JdbcClient jdbc;

	public CompanyNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The largest purely numeric customer number of the tenant, 0 when none. */
	public long maxNumeric(long tenantId) {
		Long max = this.jdbc.sql("""
				SELECT MAX(CASE WHEN REGEXP_LIKE(company_id, '^[0-9]{1,18}$') THEN CAST(company_id AS BIGINT) END)
				FROM company WHERE tenant_id = :tenant
				""").param("tenant", tenantId).query(Long.class).optional().orElse(null);
		return (max != null) ? max : 0L;
	}

	/**
	 * The largest purely numeric customer number of the tenant from {@code from} to
	 * {@code to} (both included, written without leading zeros), 0 when none. A range
	 * scan of the tenant's unique customer-number index, one per number of digits.
	 */
	public long maxNumericBetween(long tenantId, long from, long to) {
		long max = 0;
		for (long low = from; low <= to;) {
			String lowText = Long.toString(low);
			long sameDigits = Math.min(to, (long) Math.pow(10, lowText.length()) - 1);
			Long found = this.jdbc.sql("""
					SELECT MAX(CASE WHEN REGEXP_LIKE(company_id, '^[0-9]+$') THEN CAST(company_id AS BIGINT) END)
					FROM company
					WHERE tenant_id = :tenant AND company_id BETWEEN :low AND :high
					AND LENGTH(company_id) = :digits
					""")
				.param("tenant", tenantId)
				.param("low", lowText)
				.param("high", Long.toString(sameDigits))
				.param("digits", lowText.length())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (found != null) {
				max = Math.max(max, found);
			}
			low = sameDigits + 1;
		}
		return max;
	}

}
