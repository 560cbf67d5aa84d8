package intake.job;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes what an import keeps only for its undo: once {@code undoableUntil} has passed,
 * the journal of the records it updated and the stored upload (with its previews) are
 * deleted, and the job is marked purged. Runs periodically through the job scheduler; the
 * imported records themselves stay.
 */
@Component
public class Purger {

	private static final Log logger = LogFactory.getLog(Purger.class);

	private final JdbcClient jdbc;

	private final UploadStore uploads;

	private final Clock clock;

	Purger(JdbcClient jdbc, UploadStore uploads, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.clock = clock;
	}

	/**
	 * Purges every job, of any tenant, whose undo window has ended.
	 * @return how many jobs were purged
	 */
	public int purgeExpired() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<String> expired = this.jdbc
			.sql("SELECT id FROM import_job WHERE undoable_until < :now AND purged_at IS NULL"
					+ " AND status IN ('COMPLETED', 'FAILED', 'CANCELLED', 'UNDONE')")
			.param("now", now)
			.query(String.class)
			.list();
		for (String id : expired) {
			this.jdbc.sql("DELETE FROM import_journal WHERE job_id = :id").param("id", id).update();
			this.uploads.delete(id);
			this.jdbc.sql("UPDATE import_job SET purged_at = :now, version = version + 1 WHERE id = :id")
				.param("now", now)
				.param("id", id)
				.update();
		}
		if (!expired.isEmpty()) {
			logger.info("Purged the journals and uploads of " + expired.size() + " imports past their undo window");
		}
		return expired.size();
	}

}
