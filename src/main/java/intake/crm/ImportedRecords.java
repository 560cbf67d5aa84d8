package intake.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records one import created or updated, as undo sees them, for every record entity.
 * A record the import created carries its job id and was written with version 1; undo
 * removes it while its version is still 1 and no record that stays points at it through a
 * link column ({@link References}). A record stays when the import did not create it,
 * when it was edited since, or — transitively — when a record that stays points at it.
 * Every query is set-based per entity and scoped to a tenant.
 */
@Component
public class ImportedRecords {

	/** Entities in the order undo removes them: children before their parents. */
	public static final List<String> REMOVAL_ORDER = References.removalOrder();

	/** Why undo keeps a record. */
	public enum Reason {

		/** Edited since the import (by hand or by a later import): its version moved. */
		MODIFIED_AFTER_IMPORT,
		/** A record that stays (not created by the import, or kept) points at it. */
		REFERENCED,
		/**
		 * A record the import updated whose previous values link to a record deleted
		 * since: it keeps the import's values (see {@link JournalRestorer}).
		 */
		PREVIOUS_LINK_GONE

	}

	/**
	 * A record undo keeps.
	 *
	 * @param entity the entity, e.g. {@code companies}
	 * @param id the record id
	 * @param reason why it stays
	 */
	public record Kept(String entity, long id, Reason reason) {
	}

	/**
	 * What undo would do now with the records of one entity the import created.
	 *
	 * @param removable unchanged and pointed at by no record that stays
	 * @param modified edited since the import
	 * @param referenced unchanged, but pointed at by a record that stays
	 */
	public record Figures(long removable, long modified, long referenced) {

		/** Records undo keeps. */
		public long kept() {
			return this.modified + this.referenced;
		}

	}

	/**
	 * One row of the import journal: a record the import updated.
	 *
	 * @param id the journal row id
	 * @param entity the entity
	 * @param recordId the record
	 * @param versionAfter the version the import left the record at
	 * @param previousValues field key to previous value, JSON in the API encoding
	 */
	public record JournalRow(long id, String entity, long recordId, long versionAfter, String previousValues) {
	}

	/** A journal row's undo outcome. */
	public enum JournalResult {

		RESTORED, KEPT,
		/** Kept because a previous link names a record deleted since. */
		LINK_GONE

	}

	private final NamedParameterJdbcTemplate jdbc;

	/** Whether batches go along the primary key only (H2; see {@link #createdWithin}). */
	private final boolean alongIds;

	@Autowired
	public ImportedRecords(NamedParameterJdbcTemplate jdbc, Durability durability) {
		this(jdbc, !durability.postgres());
	}

	/**
	 * @param alongIds whether a batch's statements leave the tenant and job to no index
	 * (H2)
	 */
	ImportedRecords(NamedParameterJdbcTemplate jdbc, boolean alongIds) {
		this.jdbc = jdbc;
		this.alongIds = alongIds;
	}

	/**
	 * The lowest and highest id of the records of one entity the job created.
	 */
	public record IdSpan(long first, long last) {
	}

	/**
	 * The ids between which the job's records of one entity lie, the bounds of
	 * {@link #batchEnd} and {@link #deleteRange}; empty when none is left. On H2 one
	 * query through the job's index; on PostgreSQL, whose planner picks the job's index
	 * or the id range per batch by itself, every id.
	 */
	public Optional<IdSpan> createdSpan(long tenantId, String jobId, String entity) {
		if (!this.alongIds) {
			return Optional.of(new IdSpan(Long.MIN_VALUE + 1, Long.MAX_VALUE));
		}
		return this.jdbc.query("SELECT MIN(a.id), MAX(a.id) FROM " + table(entity) + " a WHERE " + created("a"),
				params(tenantId, jobId), (rs, n) -> (rs.getObject(1) != null)
						? Optional.of(new IdSpan(rs.getLong(1), rs.getLong(2))) : Optional.<IdSpan>empty())
			.get(0);
	}

	/**
	 * The id that ends the next batch of records the job created: the largest of the (at
	 * most {@code limit}) lowest ids in {@code (afterId, lastId]}; 0 when there are none
	 * left.
	 */
	public long batchEnd(long tenantId, String jobId, String entity, long afterId, long lastId, int limit) {
		Long end = this.jdbc.queryForObject(batchEndSql(table(entity), this.alongIds),
				params(tenantId, jobId).addValue("after", afterId).addValue("upto", lastId).addValue("limit", limit),
				Long.class);
		return (end != null) ? end : 0;
	}

	/**
	 * Deletes the records of the job with ids in {@code (afterId, upTo]} that undo
	 * removes: one statement per batch, the range from {@link #batchEnd}, not an id list.
	 * Records pointed at by children the undo removes are not removable until those are
	 * gone, so remove entities in {@link #REMOVAL_ORDER}.
	 * @return how many were deleted
	 */
	public int deleteRange(long tenantId, String jobId, String entity, long afterId, long upTo) {
		return this.jdbc.update(deleteRangeSql(table(entity), this.alongIds),
				params(tenantId, jobId).addValue("after", afterId).addValue("upto", upTo));
	}

	/** {@link #batchEnd}'s statement for a table. */
	static String batchEndSql(String table, boolean alongIds) {
		return "SELECT MAX(b.id) FROM (SELECT a.id FROM " + table + " a WHERE " + createdWithin(alongIds)
				+ " ORDER BY a.id LIMIT :limit) b";
	}

	/** {@link #deleteRange}'s statement for a table. */
	static String deleteRangeSql(String table, boolean alongIds) {
		return "DELETE FROM " + table + " a WHERE " + createdWithin(alongIds) + " AND a.version = 1"
				+ notPointedAt(table);
	}

	/**
	 * What undo would do now with the records the job created, per entity
	 * ({@link References#entities()} order), one query per entity.
	 */
	public Map<String, Figures> figures(long tenantId, String jobId) {
		Map<String, Figures> figures = new LinkedHashMap<>();
		for (String entity : References.entities()) {
			String table = table(entity);
			String sql = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.version <> 1 THEN 1 ELSE 0 END), 0), "
					+ "COALESCE(SUM(CASE WHEN a.version = 1 AND " + referencedByStaying(table, "a", new int[1])
					+ " THEN 1 ELSE 0 END), 0) FROM " + table + " a WHERE " + created("a");
			figures.put(entity, this.jdbc.queryForObject(sql, params(tenantId, jobId), (rs, n) -> {
				long modified = rs.getLong(2);
				long referenced = rs.getLong(3);
				return new Figures(rs.getLong(1) - modified - referenced, modified, referenced);
			}));
		}
		return figures;
	}

	/**
	 * Records of the job undo keeps, at most {@code limit}, per entity in figures order.
	 */
	public List<Kept> kept(long tenantId, String jobId, int limit) {
		List<Kept> kept = new ArrayList<>();
		for (String entity : References.entities()) {
			if (kept.size() >= limit) {
				break;
			}
			String table = table(entity);
			kept.addAll(this.jdbc.query(
					"SELECT a.id, a.version FROM " + table + " a WHERE " + created("a") + " AND (a.version <> 1 OR "
							+ referencedByStaying(table, "a", new int[1]) + ") ORDER BY a.id LIMIT :limit",
					params(tenantId, jobId).addValue("limit", limit - kept.size()), (rs, n) -> new Kept(entity,
							rs.getLong(1), (rs.getLong(2) != 1) ? Reason.MODIFIED_AFTER_IMPORT : Reason.REFERENCED)));
		}
		return kept;
	}

	/**
	 * Journal rows of the job that undo has not replayed yet, newest first, below
	 * {@code beforeId}: undo passes the last row of the previous batch, so that a batch
	 * reads from where the previous one ended. Asked from the top each time, every batch
	 * would pass over all rows the batches before it replayed (newest first): quadratic
	 * in the journal's size. The order names the job too, so that H2 reads the job's
	 * index backwards instead of sorting all of the job's rows below {@code beforeId} per
	 * batch (PostgreSQL does either way).
	 */
	public List<JournalRow> pendingJournal(long tenantId, String jobId, long beforeId, int limit) {
		return this.jdbc.query("""
				SELECT id, entity, record_id, version_after, previous_values FROM import_journal
				WHERE tenant_id = :tenant AND job_id = :job AND id < :before AND undo_result IS NULL
				ORDER BY job_id DESC, id DESC LIMIT :limit
				""", params(tenantId, jobId).addValue("before", beforeId).addValue("limit", limit), (rs,
				n) -> new JournalRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
	}

	/** Marks journal rows of one result at once: one statement per batch and result. */
	public void markJournal(long tenantId, List<Long> journalIds, JournalResult result) {
		if (journalIds.isEmpty()) {
			return;
		}
		this.jdbc.update("UPDATE import_journal SET undo_result = :result WHERE tenant_id = :tenant AND id IN (:ids)",
				new MapSqlParameterSource("tenant", tenantId).addValue("ids", journalIds)
					.addValue("result", result.name()));
	}

	/**
	 * Journal rows of the job per entity that undo restores (replayed and restored, or
	 * pending and the record still at the version the import left).
	 */
	public Map<String, Long> countRestorable(long tenantId, String jobId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String entity : journaledEntities(tenantId, jobId)) {
			counts.put(entity, journalCount(tenantId, jobId, entity, true));
		}
		return counts;
	}

	/** Journal rows of the job per entity whose record undo keeps. */
	public Map<String, Long> countJournalKept(long tenantId, String jobId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String entity : journaledEntities(tenantId, jobId)) {
			counts.put(entity, journalCount(tenantId, jobId, entity, false));
		}
		return counts;
	}

	/** Journaled records of the job undo keeps, at most {@code limit}. */
	public List<Kept> journalKept(long tenantId, String jobId, int limit) {
		List<Kept> kept = new ArrayList<>();
		for (String entity : journaledEntities(tenantId, jobId)) {
			if (kept.size() >= limit) {
				break;
			}
			kept.addAll(this.jdbc.query(
					"SELECT j.record_id, j.undo_result FROM import_journal j"
							+ " WHERE j.tenant_id = :tenant AND j.job_id = :job AND j.entity = :entity"
							+ " AND (j.undo_result IN ('KEPT', 'LINK_GONE') OR (j.undo_result IS NULL AND NOT "
							+ atVersionAfter(entity) + ")) ORDER BY j.id DESC LIMIT :limit",
					params(tenantId, jobId).addValue("entity", entity).addValue("limit", limit - kept.size()),
					(rs, n) -> new Kept(entity, rs.getLong(1), "LINK_GONE".equals(rs.getString(2))
							? Reason.PREVIOUS_LINK_GONE : Reason.MODIFIED_AFTER_IMPORT)));
		}
		return kept;
	}

	/** The entities of the job's journal, in figures order, unknown ones last. */
	private List<String> journaledEntities(long tenantId, String jobId) {
		List<String> found = this.jdbc.queryForList(
				"SELECT DISTINCT entity FROM import_journal WHERE tenant_id = :tenant AND job_id = :job",
				params(tenantId, jobId), String.class);
		List<String> entities = new ArrayList<>(References.entities().stream().filter(found::contains).toList());
		found.stream().filter((e) -> !entities.contains(e)).sorted().forEach(entities::add);
		return entities;
	}

	private long journalCount(long tenantId, String jobId, String entity, boolean restorable) {
		String pendingMatch = atVersionAfter(entity);
		String sql = "SELECT COUNT(*) FROM import_journal j WHERE j.tenant_id = :tenant AND j.job_id = :job"
				+ " AND j.entity = :entity AND "
				+ (restorable ? "(j.undo_result = 'RESTORED' OR (j.undo_result IS NULL AND " + pendingMatch + "))"
						: "(j.undo_result IN ('KEPT', 'LINK_GONE') OR (j.undo_result IS NULL AND NOT " + pendingMatch
								+ "))");
		Long count = this.jdbc.queryForObject(sql, params(tenantId, jobId).addValue("entity", entity), Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Whether a journal row's record is still at the version the import left it at; never
	 * for an entity without a record table.
	 */
	private static String atVersionAfter(String entity) {
		return References.findTable(entity)
			.map((table) -> "EXISTS (SELECT 1 FROM " + table
					+ " t WHERE t.tenant_id = j.tenant_id AND t.id = j.record_id AND t.version = j.version_after)")
			.orElse("1 = 0");
	}

	/** Rows (alias {@code a}) of the tenant the job created. */
	private static String created(String alias) {
		return alias + ".tenant_id = :tenant AND " + alias + ".import_job_id = :job";
	}

	/**
	 * Rows (alias {@code a}) of the tenant the job created with ids in
	 * {@code (:after, :upto]}. With {@code alongIds} (H2) the tenant and the job are
	 * written so that no index takes them and the id range is the only index condition:
	 * every batch of an undo then reads its own part of the primary key. With them as
	 * plain equalities H2 chose the job's index (or the tenant's, then sorted) and read
	 * every remaining record of the job for each batch: an undo quadratic in the import's
	 * size (1M rows: 378 s). PostgreSQL keeps the plain equalities: its planner takes the
	 * id range by itself on a large job, and its estimates stay right (the 1M undo 5.1 s
	 * against 9.0 s with the H2 form).
	 */
	private static String createdWithin(boolean alongIds) {
		String ids = "a.id > :after AND a.id <= :upto AND ";
		return alongIds ? ids + "(a.tenant_id + 0) = :tenant AND COALESCE(a.import_job_id, '') = :job"
				: ids + created("a");
	}

	/**
	 * The condition that no record points at the row {@code a} of the table. Undo removes
	 * children before parents ({@link #REMOVAL_ORDER}), so when it comes to a table,
	 * every record that still points at one of its rows stays: a direct look-up per link
	 * replaces the transitive question {@link #referencedByStaying} answers for the
	 * figures.
	 */
	private static String notPointedAt(String table) {
		StringBuilder sql = new StringBuilder();
		int n = 0;
		for (References.Reference reference : References.to(table)) {
			String child = "d" + n++;
			sql.append(" AND NOT EXISTS (SELECT 1 FROM ")
				.append(reference.table())
				.append(' ')
				.append(child)
				.append(" WHERE ")
				.append(child)
				.append('.')
				.append(reference.column())
				.append(" = a.id)");
		}
		return sql.toString();
	}

	/**
	 * Whether a row that stays points at the row {@code alias} of {@code table}, through
	 * any link column; a constant false for tables nothing points at. References form no
	 * cycle, so the recursion ends (at most three levels deep in V8). The referring rows
	 * are looked at across tenants on purpose, as {@link #removable} does: a row that
	 * anything points at is never deleted.
	 */
	private static String referencedByStaying(String table, String alias, int[] aliases) {
		List<String> exists = new ArrayList<>();
		for (References.Reference reference : References.to(table)) {
			String child = "r" + aliases[0]++;
			exists.add("EXISTS (SELECT 1 FROM " + reference.table() + " " + child + " WHERE " + child + "."
					+ reference.column() + " = " + alias + ".id AND " + stays(reference.table(), child, aliases) + ")");
		}
		return exists.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", exists) + ")";
	}

	/** Whether the row {@code alias} of {@code table} stays after the undo. */
	private static String stays(String table, String alias, int[] aliases) {
		String own = "(" + alias + ".import_job_id IS NULL OR " + alias + ".import_job_id <> :job OR " + alias
				+ ".version <> 1";
		return References.to(table).isEmpty() ? own + ")"
				: own + " OR " + referencedByStaying(table, alias, aliases) + ")";
	}

	private static String table(String entity) {
		return References.findTable(entity).orElseThrow(() -> new IllegalArgumentException("No entity " + entity));
	}

	private static MapSqlParameterSource params(long tenantId, String jobId) {
		return new MapSqlParameterSource("tenant", tenantId).addValue("job", jobId);
	}

}
