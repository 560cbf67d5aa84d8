package intake.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import intake.mapping.Shaping;
import intake.plan.EntityCounts;
import intake.source.SourceFormat;

/**
 * Reads and writes import job rows. Every query is scoped to a tenant.
 */
@Repository
class JobRepository {

	private static final TypeReference<List<JobColumn>> COLUMNS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, EntityCounts>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ImportJob job, long createdBy) {
		this.jdbc.sql("""
				INSERT INTO import_job (id, tenant_id, type, status, file_name, file_size, encoding, encoding_detected,
				  encoding_confidence, delimiter, delimiter_detected, delimiter_confidence, header_row, source_warnings,
				  source_format, sheet, sheets_json, columns_json, mapping_json, options_json, rows_total, counts_json,
				  created_at, created_by, version)
				VALUES (:id, :tenant, :type, :status, :fileName, :fileSize, :encoding, :encodingDetected,
				  :encodingConfidence, :delimiter, :delimiterDetected, :delimiterConfidence, :headerRow, :warnings,
				  :format, :sheet, :sheets, :columns, :shaping, :options, :total, :counts, :createdAt, :createdBy, 0)
				""")
			.param("id", job.id())
			.param("createdBy", createdBy)
			.param("tenant", job.tenantId())
			.param("type", job.type())
			.param("status", job.status().name())
			.param("fileName", job.fileName())
			.param("fileSize", job.fileSize())
			.params(sourceParams(job.source()))
			.param("warnings", this.json.writeValueAsString(job.source().warnings()))
			.param("sheets", this.json.writeValueAsString(job.source().sheets()))
			.param("columns", this.json.writeValueAsString(job.columns()))
			.param("shaping", shaping(job))
			.param("options", this.json.writeValueAsString(job.options()))
			.param("total", job.rows().total())
			.param("counts", this.json.writeValueAsString(job.counts()))
			.param("createdAt", job.createdAt())
			.update();
	}

	private static Map<String, Object> sourceParams(JobSource source) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("encoding", source.encoding());
		params.put("encodingDetected", source.encodingDetected());
		params.put("encodingConfidence", source.encodingConfidence());
		params.put("delimiter", String.valueOf(source.delimiter()));
		params.put("delimiterDetected", source.delimiterDetected());
		params.put("delimiterConfidence", source.delimiterConfidence());
		params.put("headerRow", source.headerRow());
		params.put("format", source.format().key());
		params.put("sheet", source.sheet());
		return params;
	}

	Optional<ImportJob> find(long tenantId, String id) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/**
	 * The user who created the tenant's job: empty for jobs from before users, or no such
	 * job.
	 */
	Optional<Long> createdBy(long tenantId, String id) {
		return this.jdbc.sql("SELECT created_by FROM import_job WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getObject("created_by", Long.class)))
			.optional()
			.flatMap((createdBy) -> createdBy);
	}

	List<ImportJob> list(long tenantId, int limit, long offset) {
		return this.jdbc
			.sql("SELECT * FROM import_job WHERE tenant_id = :tenant ORDER BY created_at DESC, id DESC"
					+ " LIMIT :limit OFFSET :offset")
			.param("tenant", tenantId)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	long count(long tenantId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query(Long.class)
			.single();
	}

	/** Replaces source settings, columns and row total after the file was read again. */
	void updateSource(ImportJob job) {
		this.jdbc
			.sql("""
					UPDATE import_job SET encoding = :encoding, encoding_detected = :encodingDetected,
					  encoding_confidence = :encodingConfidence, delimiter = :delimiter, delimiter_detected = :delimiterDetected,
					  delimiter_confidence = :delimiterConfidence, header_row = :headerRow, source_warnings = :warnings,
					  source_format = :format, sheet = :sheet, sheets_json = :sheets,
					  columns_json = :columns, mapping_json = :shaping, rows_total = :total, version = version + 1
					WHERE tenant_id = :tenant AND id = :id
					""")
			.params(sourceParams(job.source()))
			.param("warnings", this.json.writeValueAsString(job.source().warnings()))
			.param("sheets", this.json.writeValueAsString(job.source().sheets()))
			.param("columns", this.json.writeValueAsString(job.columns()))
			.param("shaping", shaping(job))
			.param("total", job.rows().total())
			.param("tenant", job.tenantId())
			.param("id", job.id())
			.update();
	}

	/** Replaces the mapping: columns and shaping. */
	void updateColumns(ImportJob job) {
		this.jdbc
			.sql("UPDATE import_job SET columns_json = :columns, mapping_json = :shaping, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id")
			.param("columns", this.json.writeValueAsString(job.columns()))
			.param("shaping", shaping(job))
			.param("tenant", job.tenantId())
			.param("id", job.id())
			.update();
	}

	void updateOptions(ImportJob job) {
		this.jdbc
			.sql("UPDATE import_job SET options_json = :options, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id")
			.param("options", this.json.writeValueAsString(job.options()))
			.param("tenant", job.tenantId())
			.param("id", job.id())
			.update();
	}

	/**
	 * Moves a job from one status to another; false when it was not in the expected
	 * status (another request or instance moved it first).
	 */
	boolean transition(long tenantId, String id, JobStatus from, JobStatus to) {
		return this.jdbc
			.sql("UPDATE import_job SET status = :to, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id AND status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	/** Moves a queued job to RUNNING; false when it is no longer queued (cancelled). */
	boolean markStarted(long tenantId, String id, OffsetDateTime at, String runner) {
		return this.jdbc
			.sql("UPDATE import_job SET status = 'RUNNING', started_at = COALESCE(started_at, :at), runner = :runner,"
					+ " runs = runs + 1, version = version + 1 WHERE tenant_id = :tenant AND id = :id AND status = 'QUEUED'")
			.param("at", at)
			.param("runner", runner)
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Takes over a running job whose instance died; false when it is no longer running.
	 */
	boolean markResumed(long tenantId, String id, String runner) {
		return this.jdbc
			.sql("UPDATE import_job SET runner = :runner, runs = runs + 1, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id AND status = 'RUNNING'")
			.param("runner", runner)
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	/** Flags a running job for cancellation; false when it is not running. */
	boolean requestCancel(long tenantId, String id) {
		return this.jdbc
			.sql("UPDATE import_job SET cancel_requested = TRUE, version = version + 1"
					+ " WHERE tenant_id = :tenant AND id = :id AND status = 'RUNNING'")
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	boolean cancelRequested(long tenantId, String id) {
		return this.jdbc.sql("SELECT cancel_requested FROM import_job WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(Boolean.FALSE);
	}

	/** Ends a job that has not started running: MAPPING or QUEUED to CANCELLED. */
	boolean cancelBeforeRun(long tenantId, String id, OffsetDateTime at, OffsetDateTime undoableUntil) {
		return this.jdbc.sql("""
				UPDATE import_job SET status = 'CANCELLED', finished_at = :at, undoable_until = :until,
				  version = version + 1
				WHERE tenant_id = :tenant AND id = :id AND status IN ('MAPPING', 'QUEUED')
				""")
			.param("at", at)
			.param("until", undoableUntil)
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	void updateProgress(long tenantId, String id, ImportJob.RowCounts rows, Map<String, EntityCounts> counts,
			double rowsPerSecond, Long etaSeconds) {
		this.jdbc.sql("""
				UPDATE import_job SET rows_processed = :processed, rows_imported = :imported, rows_failed = :failed,
				  counts_json = :counts, rows_per_second = :rps, eta_seconds = :eta, version = version + 1
				WHERE tenant_id = :tenant AND id = :id
				""")
			.param("processed", rows.processed())
			.param("imported", rows.imported())
			.param("failed", rows.failed())
			.param("counts", this.json.writeValueAsString(counts))
			.param("rps", rowsPerSecond)
			.param("eta", etaSeconds)
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	void finish(long tenantId, String id, JobStatus status, OffsetDateTime at, OffsetDateTime undoableUntil,
			String failureReason) {
		this.jdbc.sql("""
				UPDATE import_job SET status = :status, finished_at = :at, undoable_until = :until,
				  failure_reason = :reason, eta_seconds = NULL, version = version + 1
				WHERE tenant_id = :tenant AND id = :id
				""")
			.param("status", status.name())
			.param("at", at)
			.param("until", undoableUntil)
			.param("reason", failureReason)
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	/** Jobs of any tenant left in one of these statuses, e.g. by a stopped process. */
	List<ImportJob> findByStatus(List<JobStatus> statuses) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE status IN (:statuses)")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(this::map)
			.list();
	}

	private ImportJob map(ResultSet rs, int row) throws SQLException {
		JobSource source = new JobSource(rs.getString("encoding"), rs.getBoolean("encoding_detected"),
				rs.getDouble("encoding_confidence"), rs.getString("delimiter").charAt(0),
				rs.getBoolean("delimiter_detected"), rs.getDouble("delimiter_confidence"), rs.getInt("header_row"),
				readList(rs.getString("source_warnings")), SourceFormat.ofKey(rs.getString("source_format")),
				Objects.requireNonNullElse(rs.getString("sheet"), ""), readList(rs.getString("sheets_json")));
		ImportJob.RowCounts rows = new ImportJob.RowCounts(rs.getLong("rows_total"), rs.getLong("rows_processed"),
				rs.getLong("rows_imported"), rs.getLong("rows_failed"));
		long eta = rs.getLong("eta_seconds");
		Optional<Long> etaSeconds = rs.wasNull() ? Optional.empty() : Optional.of(eta);
		return new ImportJob(rs.getString("id"), rs.getLong("tenant_id"), rs.getString("type"),
				JobStatus.valueOf(rs.getString("status")), rs.getString("file_name"), rs.getLong("file_size"), source,
				this.json.readValue(rs.getString("columns_json"), COLUMNS),
				this.json.readValue(rs.getString("options_json"), JobOptions.class), rows,
				this.json.readValue(rs.getString("counts_json"), COUNTS), rs.getDouble("rows_per_second"), etaSeconds,
				rs.getObject("created_at", OffsetDateTime.class),
				Optional.ofNullable(rs.getObject("started_at", OffsetDateTime.class)),
				Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)),
				Optional.ofNullable(rs.getObject("undoable_until", OffsetDateTime.class)),
				Optional.ofNullable(rs.getString("failure_reason")), rs.getLong("version"),
				(rs.getString("mapping_json") != null)
						? this.json.readValue(rs.getString("mapping_json"), Shaping.class) : Shaping.NONE);
	}

	private String shaping(ImportJob job) {
		return job.shaping().isEmpty() ? null : this.json.writeValueAsString(job.shaping());
	}

	private List<String> readList(String text) {
		return (text == null) ? List.of() : this.json.readValue(text, STRINGS);
	}

}
