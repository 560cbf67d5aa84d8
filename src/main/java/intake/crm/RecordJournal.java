package intake.crm;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The journal rows of one record: which imports updated it, and deleting the previous
 * values they keep. Every query is scoped to a tenant.
 */
@Component
public class RecordJournal {

	private final JdbcClient jdbc;

	public RecordJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The imports that updated a record and still keep a journal row of it.
	 * @param tenantId the tenant
	 * @param table the record's entity
	 * @param id the record id
	 * @return import job ids, each once
	 */
	public List<String> jobsOf(long tenantId, EntityTable table, long id) {
		return this.jdbc
			.sql("SELECT DISTINCT job_id FROM import_journal WHERE tenant_id = :tenant AND entity = :entity"
					+ " AND record_id = :id")
			.param("tenant", tenantId)
			.param("entity", table.entity())
			.param("id", id)
			.query(String.class)
			.list();
	}

	/**
	 * Deletes the journal rows of a record, inside the caller's transaction. An undo of
	 * those imports then has nothing to restore for it.
	 * @return how many rows were deleted
	 */
	public int delete(long tenantId, EntityTable table, long id) {
		return this.jdbc
			.sql("DELETE FROM import_journal WHERE tenant_id = :tenant AND entity = :entity AND record_id = :id")
			.param("tenant", tenantId)
			.param("entity", table.entity())
			.param("id", id)
			.update();
	}

}
