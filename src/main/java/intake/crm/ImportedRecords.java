package intake.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records one import created or updated, as undo sees them. A record the import
 * created carries its job id and was written with version 1; while its version is still 1
 * and (for a company) no other contact points at it, undo may remove it. Every query is
 * scoped to a tenant.
 */
@Component
public class ImportedRecords {

	/** Entities in the order undo removes them: children before their parents. */
	public static final List<String> REMOVAL_ORDER = List.of("contacts", "companies");

	/** Why undo keeps a record. */
	public enum Reason {

		/** Edited since the import (by hand or by a later import): its version moved. */
		MODIFIED_AFTER_IMPORT,
		/** A company that contacts the undo does not remove still belong to. */
		REFERENCED

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

		RESTORED, KEPT

	}

	/** Contacts of the job that undo removes: unchanged since the import. */
	private static final String REMOVABLE_CONTACT = "c.tenant_id = :tenant AND c.import_job_id = :job AND c.version = 1";

	/**
	 * Companies of the job that undo removes: unchanged since the import, and no contact
	 * belongs to them but the job's own unchanged ones.
	 */
	private static final String REMOVABLE_COMPANY = "r.tenant_id = :tenant AND r.import_job_id = :job AND r.version = 1"
			+ " AND NOT EXISTS (SELECT 1 FROM contact o WHERE o.company_ref_id = r.id"
			+ " AND (o.import_job_id IS NULL OR o.import_job_id <> :job OR o.version <> 1))";

	/** Companies of the job, unchanged, that other (or kept) contacts belong to. */
	private static final String REFERENCED_COMPANY = "r.tenant_id = :tenant AND r.import_job_id = :job AND r.version = 1"
			+ " AND EXISTS (SELECT 1 FROM contact o WHERE o.company_ref_id = r.id"
			+ " AND (o.import_job_id IS NULL OR o.import_job_id <> :job OR o.version <> 1))";

	private final NamedParameterJdbcTemplate jdbc;

	public ImportedRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ids of records of the job that undo removes, above {@code afterId}, ascending.
	 * Contacts are only removable ones; companies only those no remaining contact belongs
	 * to, so remove contacts first.
	 */
	public List<Long> removableIds(long tenantId, String jobId, String entity, long afterId, int limit) {
		String sql = entity.equals("contacts") ? "SELECT c.id FROM contact c WHERE " + REMOVABLE_CONTACT
				: "SELECT r.id FROM company r WHERE " + REMOVABLE_COMPANY;
		return this.jdbc.queryForList(
				sql + " AND " + alias(entity) + ".id > :after ORDER BY " + alias(entity) + ".id LIMIT :limit",
				params(tenantId, jobId).addValue("after", afterId).addValue("limit", limit), Long.class);
	}

	/**
	 * Deletes records of the job among the given ids that are still removable.
	 * @return how many were deleted
	 */
	public int delete(long tenantId, String jobId, String entity, List<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		String sql = entity.equals("contacts")
				? "DELETE FROM contact c WHERE " + REMOVABLE_CONTACT + " AND c.id IN (:ids)"
				: "DELETE FROM company r WHERE " + REMOVABLE_COMPANY + " AND r.id IN (:ids)";
		return this.jdbc.update(sql, params(tenantId, jobId).addValue("ids", ids));
	}

	/** How many records of the job undo would remove now, per entity. */
	public Map<String, Long> countRemovable(long tenantId, String jobId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("companies", count("SELECT COUNT(*) FROM company r WHERE " + REMOVABLE_COMPANY, tenantId, jobId));
		counts.put("contacts", count("SELECT COUNT(*) FROM contact c WHERE " + REMOVABLE_CONTACT, tenantId, jobId));
		return counts;
	}

	/** How many records of the job undo keeps, per entity. */
	public Map<String, Long> countKept(long tenantId, String jobId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("companies",
				count("SELECT COUNT(*) FROM company r WHERE r.tenant_id = :tenant AND r.import_job_id = :job"
						+ " AND r.version <> 1", tenantId, jobId)
						+ count("SELECT COUNT(*) FROM company r WHERE " + REFERENCED_COMPANY, tenantId, jobId));
		counts.put("contacts", count("SELECT COUNT(*) FROM contact c WHERE c.tenant_id = :tenant"
				+ " AND c.import_job_id = :job AND c.version <> 1", tenantId, jobId));
		return counts;
	}

	/** Records of the job undo keeps, at most {@code limit}, companies first. */
	public List<Kept> kept(long tenantId, String jobId, int limit) {
		List<Kept> kept = new ArrayList<>();
		addKept(kept, "companies", Reason.MODIFIED_AFTER_IMPORT,
				"SELECT r.id FROM company r WHERE r.tenant_id = :tenant"
						+ " AND r.import_job_id = :job AND r.version <> 1",
				tenantId, jobId, limit);
		addKept(kept, "companies", Reason.REFERENCED, "SELECT r.id FROM company r WHERE " + REFERENCED_COMPANY,
				tenantId, jobId, limit);
		addKept(kept, "contacts", Reason.MODIFIED_AFTER_IMPORT, "SELECT c.id FROM contact c WHERE c.tenant_id = :tenant"
				+ " AND c.import_job_id = :job AND c.version <> 1", tenantId, jobId, limit);
		return kept;
	}

	private void addKept(List<Kept> kept, String entity, Reason reason, String sql, long tenantId, String jobId,
			int limit) {
		if (kept.size() >= limit) {
			return;
		}
		String alias = entity.equals("contacts") ? "c" : "r";
		this.jdbc
			.queryForList(sql + " ORDER BY " + alias + ".id LIMIT :limit",
					params(tenantId, jobId).addValue("limit", limit - kept.size()), Long.class)
			.forEach((id) -> kept.add(new Kept(entity, id, reason)));
	}

	/** Journal rows of the job that undo has not replayed yet, newest first. */
	public List<JournalRow> pendingJournal(long tenantId, String jobId, int limit) {
		return this.jdbc.query("""
				SELECT id, entity, record_id, version_after, previous_values FROM import_journal
				WHERE tenant_id = :tenant AND job_id = :job AND undo_result IS NULL ORDER BY id DESC LIMIT :limit
				""", params(tenantId, jobId).addValue("limit", limit), (rs, n) -> new JournalRow(rs.getLong(1),
				rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
	}

	public void markJournal(long tenantId, long journalId, JournalResult result) {
		this.jdbc.update("UPDATE import_journal SET undo_result = :result WHERE tenant_id = :tenant AND id = :id",
				new MapSqlParameterSource("tenant", tenantId).addValue("id", journalId)
					.addValue("result", result.name()));
	}

	/**
	 * Journal rows of the job per entity that undo restores (replayed and restored, or
	 * pending and the record still at the version the import left).
	 */
	public Map<String, Long> countRestorable(long tenantId, String jobId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String entity : REMOVAL_ORDER) {
			counts.put(entity, journalCount(tenantId, jobId, entity, true));
		}
		return counts;
	}

	/** Journal rows of the job per entity whose record undo keeps. */
	public Map<String, Long> countJournalKept(long tenantId, String jobId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String entity : REMOVAL_ORDER) {
			counts.put(entity, journalCount(tenantId, jobId, entity, false));
		}
		return counts;
	}

	private long journalCount(long tenantId, String jobId, String entity, boolean restorable) {
		String table = CrmEntities.get(entity).table();
		String pendingMatch = "EXISTS (SELECT 1 FROM " + table
				+ " t WHERE t.tenant_id = j.tenant_id AND t.id = j.record_id AND t.version = j.version_after)";
		String sql = "SELECT COUNT(*) FROM import_journal j WHERE j.tenant_id = :tenant AND j.job_id = :job"
				+ " AND j.entity = :entity AND "
				+ (restorable ? "(j.undo_result = 'RESTORED' OR (j.undo_result IS NULL AND " + pendingMatch + "))"
						: "(j.undo_result = 'KEPT' OR (j.undo_result IS NULL AND NOT " + pendingMatch + "))");
		Long count = this.jdbc.queryForObject(sql, params(tenantId, jobId).addValue("entity", entity), Long.class);
		return (count != null) ? count : 0;
	}

	/** Journaled records of the job undo keeps, at most {@code limit}. */
	public List<Kept> journalKept(long tenantId, String jobId, int limit) {
		List<Kept> kept = new ArrayList<>();
		for (String entity : REMOVAL_ORDER) {
			if (kept.size() >= limit) {
				break;
			}
			String table = CrmEntities.get(entity).table();
			this.jdbc.queryForList("SELECT j.record_id FROM import_journal j WHERE j.tenant_id = :tenant"
					+ " AND j.job_id = :job AND j.entity = :entity AND (j.undo_result = 'KEPT' OR (j.undo_result IS NULL"
					+ " AND NOT EXISTS (SELECT 1 FROM " + table
					+ " t WHERE t.tenant_id = j.tenant_id AND t.id = j.record_id AND t.version = j.version_after)))"
					+ " ORDER BY j.id DESC LIMIT :limit",
					params(tenantId, jobId).addValue("entity", entity).addValue("limit", limit - kept.size()),
					Long.class)
				.forEach((id) -> kept.add(new Kept(entity, id, Reason.MODIFIED_AFTER_IMPORT)));
		}
		return kept;
	}

	private long count(String sql, long tenantId, String jobId) {
		Long count = this.jdbc.queryForObject(sql, params(tenantId, jobId), Long.class);
		return (count != null) ? count : 0;
	}

	private static String alias(String entity) {
		return entity.equals("contacts") ? "c" : "r";
	}

	private static MapSqlParameterSource params(long tenantId, String jobId) {
		return new MapSqlParameterSource("tenant", tenantId).addValue("job", jobId);
	}

}
