package intake.job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the writing transactions of one tenant (import chunks, undo chunks, record
 * edits) by locking the tenant's row until the transaction ends (on H2 and PostgreSQL
 * alike). Writers of different tenants never wait for each other.
 */
@Component
class TenantLock {

	private final JdbcClient jdbc;

	TenantLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the tenant until the current transaction ends; must run inside one. Every
	 * writer of record tables takes it before it inserts, re-points a link or deletes,
	 * which keeps links intact ({@link intake.crm.LinkIntegrity}) and, since the tenant's
	 * row is found here and tenants are never deleted, stands in for the foreign keys to
	 * {@code tenant} that V13 dropped from the record tables.
	 * @throws IllegalStateException when there is no such tenant
	 */
	void lock(long tenantId) {
		if (this.jdbc.sql("SELECT id FROM tenant WHERE id = :id FOR UPDATE")
			.param("id", tenantId)
			.query(Long.class)
			.list()
			.isEmpty()) {
			throw new IllegalStateException("There is no tenant " + tenantId);
		}
	}

}
