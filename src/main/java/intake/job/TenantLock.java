package intake.job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the writing transactions of one tenant (import chunks, undo chunks, record
 * edits) by locking the tenant's row until the transaction ends (on H2 and PostgreSQL
 * alike). Writers of different tenants never wait for each other. Each writer adds 1 to
 * the tenant's write counter as it takes the lock, so a reader outside the lock can tell
 * whether anyone wrote since a count it saw.
 */
@Component
class TenantLock {

	private final JdbcClient jdbc;

	TenantLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the tenant until the current transaction ends and counts the transaction as a
	 * write; must run inside one. Every writer of record tables takes it before it
	 * inserts, re-points a link or deletes, which keeps links intact
	 * ({@link intake.crm.LinkIntegrity}) and, since the tenant's row is found here and
	 * tenants are never deleted, stands in for the foreign keys to {@code tenant} that
	 * V13 dropped from the record tables.
	 * <p>
	 * An update of a column no key covers: on PostgreSQL it locks the row against other
	 * writers without blocking inserts elsewhere that check a foreign key to the tenant.
	 * @return the tenant's write count including this transaction
	 * @throws IllegalStateException when there is no such tenant
	 */
	long lock(long tenantId) {
		if (this.jdbc.sql("UPDATE tenant SET write_seq = write_seq + 1 WHERE id = :id")
			.param("id", tenantId)
			.update() == 0) {
			throw new IllegalStateException("There is no tenant " + tenantId);
		}
		return written(tenantId);
	}

	/**
	 * The tenant's write count as committed (or as this transaction sees it after its own
	 * {@link #lock}). A reader that saw {@code n} here and then finds {@code n + 1} under
	 * its own lock knows that nobody else wrote in between.
	 */
	long written(long tenantId) {
		return this.jdbc.sql("SELECT write_seq FROM tenant WHERE id = :id")
			.param("id", tenantId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("There is no tenant " + tenantId));
	}

}
