package intake.job;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import intake.mapping.Shaping;
import intake.plan.EntityCounts;

/**
 * An import job as stored in its row: the single source of truth for status, progress and
 * counts.
 *
 * @param id the job id
 * @param tenantId the tenant
 * @param type the import type key
 * @param status the lifecycle status
 * @param fileName the uploaded file's name
 * @param fileSize the uploaded file's size in bytes
 * @param source how the file is read
 * @param columns the file's columns and their mapping
 * @param options the import options
 * @param rows row counts
 * @param counts database records per entity
 * @param rowsPerSecond the current write speed
 * @param etaSeconds the estimated seconds left while running
 * @param createdAt when uploaded
 * @param startedAt when started
 * @param finishedAt when it reached a final status
 * @param undoableUntil until when undo is allowed
 * @param failureReason why it failed
 * @param version bumped on every change of the row
 * @param shaping constants, value maps, combined and split columns of the mapping
 */
public record ImportJob(String id, long tenantId, String type, JobStatus status, String fileName, long fileSize,
		JobSource source, List<JobColumn> columns, JobOptions options, RowCounts rows, Map<String, EntityCounts> counts,
		double rowsPerSecond, Optional<Long> etaSeconds, OffsetDateTime createdAt, Optional<OffsetDateTime> startedAt,
		Optional<OffsetDateTime> finishedAt, Optional<OffsetDateTime> undoableUntil, Optional<String> failureReason,
		long version, Shaping shaping) {

	public ImportJob {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
		columns = List.copyOf(columns);
		counts = Map.copyOf(counts);
		shaping = Objects.requireNonNullElse(shaping, Shaping.NONE);
	}

	/** A job whose mapping feeds every field from one column ({@link Shaping#NONE}). */
	public ImportJob(String id, long tenantId, String type, JobStatus status, String fileName, long fileSize,
			JobSource source, List<JobColumn> columns, JobOptions options, RowCounts rows,
			Map<String, EntityCounts> counts, double rowsPerSecond, Optional<Long> etaSeconds, OffsetDateTime createdAt,
			Optional<OffsetDateTime> startedAt, Optional<OffsetDateTime> finishedAt,
			Optional<OffsetDateTime> undoableUntil, Optional<String> failureReason, long version) {
		this(id, tenantId, type, status, fileName, fileSize, source, columns, options, rows, counts, rowsPerSecond,
				etaSeconds, createdAt, startedAt, finishedAt, undoableUntil, failureReason, version, Shaping.NONE);
	}

	/** This job with another mapping: columns and shaping. */
	public ImportJob withMapping(List<JobColumn> columns, Shaping shaping) {
		return new ImportJob(this.id, this.tenantId, this.type, this.status, this.fileName, this.fileSize, this.source,
				columns, this.options, this.rows, this.counts, this.rowsPerSecond, this.etaSeconds, this.createdAt,
				this.startedAt, this.finishedAt, this.undoableUntil, this.failureReason, this.version, shaping);
	}

	/**
	 * Row counts: file records, not database records.
	 *
	 * @param total data rows in the file
	 * @param processed rows handled so far
	 * @param imported rows written
	 * @param failed rows invalid or rejected
	 */
	public record RowCounts(long total, long processed, long imported, long failed) {
	}

}
