package intake.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The undo columns of the job row: running totals of removed records while undoing, and
 * the outcome once undone. Every query is scoped to a tenant.
 */
@Repository
class UndoStore {

	private static final TypeReference<LinkedHashMap<String, Long>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	UndoStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records removed so far per entity; empty before the undo started. */
	Map<String, Long> removed(long tenantId, String id) {
		return this.jdbc.sql("SELECT undo_removed_json FROM import_job WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap((text) -> text)
			.map((text) -> (Map<String, Long>) this.json.readValue(text, COUNTS))
			.orElseGet(LinkedHashMap::new);
	}

	/**
	 * Adds removed records to the running total; call in the transaction that removed
	 * them. The row is locked, so the read and the write belong together.
	 */
	void addRemoved(long tenantId, String id, String entity, long count) {
		String text = this.jdbc
			.sql("SELECT undo_removed_json FROM import_job WHERE tenant_id = :tenant AND id = :id FOR UPDATE")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
		Map<String, Long> removed = (text != null) ? this.json.readValue(text, COUNTS) : new LinkedHashMap<>();
		removed.merge(entity, count, Long::sum);
		this.jdbc
			.sql("UPDATE import_job SET undo_removed_json = :removed, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id")
			.param("removed", this.json.writeValueAsString(removed))
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	/**
	 * Moves the job from UNDOING to UNDONE with its outcome; false when it was not
	 * UNDOING.
	 */
	boolean finish(long tenantId, String id, UndoReport report) {
		return this.jdbc
			.sql("UPDATE import_job SET status = 'UNDONE', undo_json = :undo, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id AND status = 'UNDOING'")
			.param("undo", this.json.writeValueAsString(report))
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	/** The outcome of an undone job. */
	Optional<UndoReport> report(long tenantId, String id) {
		return this.jdbc.sql("SELECT undo_json FROM import_job WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap((text) -> text)
			.map((text) -> this.json.readValue(text, UndoReport.class));
	}

}
