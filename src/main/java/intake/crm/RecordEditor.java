package intake.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Changes single stored records: the values of some columns, with {@code version} bumped
 * by one and {@code updated_at} set, inside the caller's transaction. Natural-key columns
 * follow the values they are computed from (a company's name, postcode and organisation
 * number, an employee's name, a category's name).
 */
@Component
public class RecordEditor {

	private final NamedParameterJdbcTemplate jdbc;

	private final RecordQueries queries;

	public RecordEditor(NamedParameterJdbcTemplate jdbc, RecordQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	/**
	 * Writes values to one record of the tenant.
	 * @param tenantId the tenant
	 * @param table the entity
	 * @param id the record id
	 * @param values JSON key of a value column ({@link EntityTable#valueColumns()}) to
	 * its Java value (String, BigDecimal, LocalDate, Long, Boolean, List), or link key to
	 * the referenced record's id (Long); null clears
	 * @param expectedVersion when present, the record is changed only while its version
	 * is this one
	 * @return false when there is no such record of the tenant (or its version moved)
	 * @throws IllegalArgumentException for a key that is not a value column of the entity
	 */
	public boolean update(long tenantId, EntityTable table, long id, Map<String, Object> values,
			OptionalLong expectedVersion) {
		return update(tenantId, table, id, values, Map.of(), expectedVersion);
	}

	/**
	 * Writes values and link columns to one record of the tenant.
	 * @param links link column of the entity's table to the id it is to point at (null
	 * clears); a record is changed only while every record it is to point at exists for
	 * the tenant
	 * @return false when there is no such record of the tenant, its version moved, or a
	 * record it is to point at is gone
	 * @throws IllegalArgumentException for a key that is not a value column of the
	 * entity, or a link column of another table
	 * @see #update(long, EntityTable, long, Map, OptionalLong)
	 */
	public boolean update(long tenantId, EntityTable table, long id, Map<String, Object> values,
			Map<References.Reference, Long> links, OptionalLong expectedVersion) {
		Optional<Change> change = prepare(tenantId, table, id, values, links, expectedVersion);
		return change.isPresent() && this.jdbc.update(change.get().sql(), change.get().params()) == 1;
	}

	/**
	 * One record's update as {@link #update} would run it: records whose changes have the
	 * same statement can go to the database as one JDBC batch ({@link #run}).
	 *
	 * @param sql the statement
	 * @param params its parameters
	 */
	public record Change(String sql, MapSqlParameterSource params) {
	}

	/**
	 * The statement {@link #update(long, EntityTable, long, Map, Map, OptionalLong)}
	 * runs, without running it; empty when there is no such record of the tenant (found
	 * out only when a natural key has to be worked out from its current values).
	 */
	public Optional<Change> prepare(long tenantId, EntityTable table, long id, Map<String, Object> values,
			Map<References.Reference, Long> links, OptionalLong expectedVersion) {
		Map<String, String> columns = new HashMap<>();
		table.valueColumns().forEach((c) -> columns.put(c.key(), c.column()));
		table.links().forEach((l) -> columns.put(l.key(), l.column()));
		StringBuilder set = new StringBuilder();
		MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenantId).addValue("id", id);
		int n = 0;
		for (Map.Entry<String, Object> value : values.entrySet()) {
			String column = columns.get(value.getKey());
			if (column == null) {
				throw new IllegalArgumentException(value.getKey() + " is not a field of " + table.entity());
			}
			set.append(column).append(" = :v").append(n).append(", ");
			params.addValue("v" + n++, SqlValues.toSql(value.getValue()));
		}
		StringBuilder targetsExist = new StringBuilder();
		for (Map.Entry<References.Reference, Long> link : links.entrySet()) {
			References.Reference reference = link.getKey();
			if (!reference.table().equals(table.table())) {
				throw new IllegalArgumentException(reference + " is not a link column of " + table.table());
			}
			set.append(reference.column()).append(" = :v").append(n).append(", ");
			params.addValue("v" + n, link.getValue());
			if (link.getValue() != null) {
				targetsExist.append(" AND EXISTS (SELECT 1 FROM ")
					.append(reference.target())
					.append(" l")
					.append(n)
					.append(" WHERE l")
					.append(n)
					.append(".tenant_id = :tenant AND l")
					.append(n)
					.append(".id = :v")
					.append(n)
					.append(')');
			}
			n++;
		}
		if (KeyColumns.affected(table, values.keySet())) {
			Optional<Map<String, Object>> current = this.queries.findById(tenantId, table, id);
			if (current.isEmpty()) {
				return Optional.empty();
			}
			Map<String, Object> merged = new LinkedHashMap<>(current.get());
			merged.putAll(values);
			Object[] keys = KeyColumns.values(table, merged);
			List<String> keyColumns = KeyColumns.of(table);
			for (int i = 0; i < keys.length; i++) {
				set.append(keyColumns.get(i)).append(" = :k").append(i).append(", ");
				params.addValue("k" + i, keys[i]);
			}
		}
		String sql = "UPDATE " + table.table() + " SET " + set
				+ "version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE tenant_id = :tenant AND id = :id"
				+ targetsExist;
		if (expectedVersion.isPresent()) {
			sql += " AND version = :expected";
			params.addValue("expected", expectedVersion.getAsLong());
		}
		return Optional.of(new Change(sql, params));
	}

	/**
	 * Runs prepared changes, those with the same statement as one JDBC batch each.
	 * @return per change, in order, whether it changed its record
	 */
	public boolean[] run(List<Change> changes) {
		Map<String, List<Integer>> bySql = new LinkedHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			bySql.computeIfAbsent(changes.get(i).sql(), (sql) -> new ArrayList<>()).add(i);
		}
		boolean[] changed = new boolean[changes.size()];
		bySql.forEach((sql, indexes) -> {
			int[] counts = this.jdbc.batchUpdate(sql,
					indexes.stream().map((i) -> changes.get(i).params()).toArray(MapSqlParameterSource[]::new));
			for (int i = 0; i < indexes.size(); i++) {
				changed[indexes.get(i)] = counts[i] == 1;
			}
		});
		return changed;
	}

	/**
	 * Deletes one record of the tenant, inside the caller's transaction. No foreign key
	 * refuses to delete a record others point at: the caller checks that first, under the
	 * tenant lock ({@link LinkIntegrity#referencing}).
	 * @param tenantId the tenant
	 * @param table the entity
	 * @param id the record id
	 * @return false when there is no such record of the tenant
	 */
	public boolean delete(long tenantId, EntityTable table, long id) {
		return this.jdbc.update("DELETE FROM " + table.table() + " WHERE tenant_id = :tenant AND id = :id",
				new MapSqlParameterSource("tenant", tenantId).addValue("id", id)) == 1;
	}

}
