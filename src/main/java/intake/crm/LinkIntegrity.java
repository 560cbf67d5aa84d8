package intake.crm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import intake.plan.ChunkPlan;
import intake.plan.NewRecord;
import intake.plan.RecordUpdate;

/**
 * Referential integrity between record tables without database foreign keys (dropped in
 * V13: their per-row triggers made undo four times slower). The invariant: every non-null
 * link column ({@link References}) holds the id of a record of the same tenant. Every
 * writer that sets a link or deletes a record a link may point at keeps it by taking the
 * tenant lock ({@code intake.job.TenantLock}) in its transaction first and then, with the
 * set-based checks here, making sure the records it points at exist (inserts, re-points)
 * or that nothing points at what it deletes. All writers of a tenant's links and
 * deletions are serialised by that lock, so a check stays true until the transaction
 * commits. Stateless and thread-safe; every query runs in the caller's transaction.
 */
@Component
public class LinkIntegrity {

	private static final int CHUNK = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	public LinkIntegrity(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A link column value that names no record of the tenant.
	 *
	 * @param reference the link column
	 * @param tenantId the tenant of the row holding it
	 * @param id the id of the row holding it
	 * @param target the id it holds
	 */
	public record Dangling(References.Reference reference, long tenantId, long id, long target) {
	}

	/**
	 * The ids among the given ones that name no record of the tenant, per referenced
	 * table; one query per table and {@value #CHUNK} ids.
	 * @param tenantId the tenant
	 * @param ids referenced table (e.g. {@code company}) to ids links are to hold
	 * @return referenced table to the ids missing, only tables with some missing
	 */
	public Map<String, Set<Long>> missing(long tenantId, Map<String, ? extends Collection<Long>> ids) {
		Map<String, Set<Long>> missing = new LinkedHashMap<>();
		ids.forEach((table, wanted) -> {
			requireRecordTable(table);
			Set<Long> left = new TreeSet<>(wanted);
			List<Long> all = new ArrayList<>(left);
			for (int start = 0; start < all.size(); start += CHUNK) {
				List<Long> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
				left.removeAll(this.jdbc.queryForList(
						"SELECT id FROM " + table + " WHERE tenant_id = :tenant AND id IN (:ids)",
						new MapSqlParameterSource("tenant", tenantId).addValue("ids", chunk), Long.class));
			}
			if (!left.isEmpty()) {
				missing.put(table, left);
			}
		});
		return missing;
	}

	/**
	 * Fails when a link a chunk of an import wrote names no record of the tenant: a
	 * record the import's planner remembered from an earlier chunk was deleted in
	 * between. Run after the chunk's writes, in their transaction, under the tenant lock;
	 * the exception rolls the chunk back.
	 * @throws LinkTargetGoneException naming the records that are gone
	 */
	public void requireTargets(long tenantId, ChunkPlan plan) {
		Map<String, Set<Long>> missing = missing(tenantId, targetsOf(plan));
		if (!missing.isEmpty()) {
			throw new LinkTargetGoneException(missing);
		}
	}

	/**
	 * The records a chunk's writes point at, per referenced table, leaving out the
	 * records the chunk itself inserts (they exist in its transaction).
	 */
	static Map<String, Set<Long>> targetsOf(ChunkPlan plan) {
		Map<String, Set<Long>> targets = new LinkedHashMap<>();
		Map<String, Set<Long>> inserted = new LinkedHashMap<>();
		for (NewRecord record : plan.inserts()) {
			EntityTable table = CrmEntities.get(record.entity());
			inserted.computeIfAbsent(table.table(), (t) -> new HashSet<>()).add(record.id());
			Optional<String> parentKey = table.parentKey();
			for (EntityTable.Link link : table.links()) {
				boolean parent = parentKey.isPresent() && parentKey.get().equals(link.key())
						&& record.parentId().isPresent();
				add(targets, link, parent ? record.parentId().get() : record.values().get(link.key()));
			}
		}
		if (!plan.fills().isEmpty()) {
			EntityTable table = CrmEntities.get(plan.fillEntity());
			plan.fills().values().forEach((values) -> addLinks(targets, table, values));
		}
		for (RecordUpdate update : plan.updates()) {
			addLinks(targets, CrmEntities.get(update.entity()), update.values());
		}
		inserted.forEach((table, ids) -> {
			Set<Long> wanted = targets.get(table);
			if (wanted != null) {
				wanted.removeAll(ids);
				if (wanted.isEmpty()) {
					targets.remove(table);
				}
			}
		});
		return targets;
	}

	/**
	 * The link targets of one record's values (link key to id, as the records API and
	 * {@link RecordWriter} take them), per referenced table.
	 */
	public static Map<String, Set<Long>> targetsOf(EntityTable table, Map<String, Object> values) {
		Map<String, Set<Long>> targets = new LinkedHashMap<>();
		addLinks(targets, table, values);
		return targets;
	}

	private static void addLinks(Map<String, Set<Long>> targets, EntityTable table, Map<String, Object> values) {
		for (EntityTable.Link link : table.links()) {
			add(targets, link, values.get(link.key()));
		}
	}

	private static void add(Map<String, Set<Long>> targets, EntityTable.Link link, Object id) {
		if (id == null) {
			return;
		}
		long value;
		if (id instanceof Number number) {
			value = number.longValue();
		}
		else {
			try {
				value = Long.parseLong(id.toString().strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(link.key() + " holds '" + id + "', not a record id", ex);
			}
		}
		targets.computeIfAbsent(CrmEntities.get(link.targetEntity()).table(), (t) -> new HashSet<>()).add(value);
	}

	/**
	 * The records of the tenant that point at some of the given records of a table, per
	 * referencing entity: one query per link column of {@link References#to} and
	 * {@value #CHUNK} ids, every referencing table considered.
	 * @param tenantId the tenant
	 * @param table the referenced table, e.g. {@code company}
	 * @param ids the records about to be deleted
	 * @return referencing entity to how many of its records point at them, only those
	 * above zero
	 */
	public Map<String, Long> referencing(long tenantId, String table, Collection<Long> ids) {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>(new TreeSet<>(ids));
		for (References.Reference reference : References.to(table)) {
			for (int start = 0; start < all.size(); start += CHUNK) {
				List<Long> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
				Long count = this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM " + reference.table() + " WHERE tenant_id = :tenant AND "
								+ reference.column() + " IN (:ids)",
						new MapSqlParameterSource("tenant", tenantId).addValue("ids", chunk), Long.class);
				if (count != null && count > 0) {
					counts.merge(References.entityOf(reference.table()), count, Long::sum);
				}
			}
		}
		return counts;
	}

	/**
	 * Every link of every tenant that names no record of its tenant, at most
	 * {@code limit}: one anti-join per link column. Empty while the invariant holds.
	 */
	public List<Dangling> dangling(int limit) {
		List<Dangling> found = new ArrayList<>();
		for (References.Reference reference : References.all()) {
			if (found.size() >= limit) {
				break;
			}
			String sql = "SELECT c.tenant_id, c.id, c." + reference.column() + " FROM " + reference.table()
					+ " c WHERE c." + reference.column() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
					+ reference.target() + " t WHERE t.id = c." + reference.column()
					+ " AND t.tenant_id = c.tenant_id) ORDER BY c.id LIMIT :limit";
			found.addAll(this.jdbc.query(sql, new MapSqlParameterSource("limit", limit - found.size()),
					(rs, n) -> new Dangling(reference, rs.getLong(1), rs.getLong(2), rs.getLong(3))));
		}
		return found;
	}

	private static void requireRecordTable(String table) {
		if (References.all().stream().noneMatch((r) -> r.target().equals(table))) {
			throw new IllegalArgumentException(table + " is not a record table links point at");
		}
	}

}
