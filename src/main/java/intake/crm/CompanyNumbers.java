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

}
