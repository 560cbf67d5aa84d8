package intake.job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the chunk transactions of one tenant's imports by locking the tenant's row
 * until the transaction ends (on H2 and PostgreSQL alike). Imports of different tenants
 * never wait for each other.
 */
@Component
class TenantLock {

	private final JdbcClient jdbc;

	TenantLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the tenant until the current transaction ends; must run inside one. */
	void lock(long tenantId) {
		this.jdbc.sql("SELECT id FROM tenant WHERE id = :id FOR UPDATE").param("id", tenantId).query(Long.class).list();
	}

}
