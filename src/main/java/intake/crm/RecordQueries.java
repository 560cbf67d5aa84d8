package intake.crm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import intake.schema.FieldType;

/**
 * Reads stored records of one tenant for the records API, as maps of field keys to Java
 * values and of link keys ({@code companyId} …) to ids as text. Filters are exact
 * matches; sort keys and filter keys are checked against the entity, never pasted into
 * SQL unchecked.
 */
@Component
public class RecordQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public RecordQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of records and the number of records matching the filters. */
	public record Page(long total, List<Map<String, Object>> items) {
	}

	/**
	 * @param tenantId the tenant
	 * @param table the entity
	 * @param filters JSON key to exact value, as text
	 * @param sort the JSON key to sort by
	 * @param limit at most this many
	 * @param offset rows to skip
	 * @throws IllegalArgumentException with a message for the user, for an unknown key or
	 * a value of the wrong type
	 */
	public Page find(long tenantId, EntityTable table, Map<String, String> filters, String sort, int limit,
			long offset) {
		return page(tenantId, table, filters, "", sort, false, limit, offset);
	}

	/**
	 * A page of records whose main fields ({@link MainFields}) start with a text, case
	 * folded by the database ({@code lower(column) LIKE 'text%'}, which an index on
	 * {@code lower(column)} can serve), newest first.
	 * @param tenantId the tenant
	 * @param table the entity
	 * @param filters JSON key to exact value, as text, as for {@link #find}
	 * @param text what a main field starts with; blank matches every record
	 * @param limit at most this many
	 * @param offset rows to skip
	 * @throws IllegalArgumentException as {@link #find} does
	 */
	public Page search(long tenantId, EntityTable table, Map<String, String> filters, String text, int limit,
			long offset) {
		return page(tenantId, table, filters, text.strip(), "id", true, limit, offset);
	}

	private Page page(long tenantId, EntityTable table, Map<String, String> filters, String text, String sort,
			boolean descending, int limit, long offset) {
		Map<String, Key> keys = keys(table);
		StringBuilder where = new StringBuilder(" WHERE tenant_id = :tenant");
		MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenantId);
		int n = 0;
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			Key key = keys.get(filter.getKey());
			if (key == null) {
				throw new IllegalArgumentException("'" + filter.getKey() + "' is not a field of " + table.entity()
						+ "; filter by " + String.join(", ", keys.keySet()) + ".");
			}
			String param = "f" + n++;
			where.append(" AND ").append(key.column()).append(" = :").append(param);
			params.addValue(param, key.parse(filter.getValue()));
		}
		if (!text.isEmpty()) {
			where.append(" AND (");
			List<String> fields = MainFields.of(table);
			for (int i = 0; i < fields.size(); i++) {
				where.append((i > 0) ? " OR " : "")
					.append("LOWER(")
					.append(keys.get(fields.get(i)).column())
					.append(") LIKE LOWER(:text) ESCAPE '\\'");
			}
			where.append(')');
			params.addValue("text", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		Key sortKey = keys.get(sort);
		if (sortKey == null) {
			throw new IllegalArgumentException("Cannot sort by '" + sort + "'; sort by id or a field key.");
		}
		String direction = descending ? " DESC" : "";
		Long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table.table() + where, params, Long.class);
		params.addValue("limit", limit).addValue("offset", offset);
		List<Map<String, Object>> items = this.jdbc.query(
				"SELECT * FROM " + table.table() + where + " ORDER BY " + sortKey.column() + direction
						+ ((sortKey.column().equals("id")) ? "" : ", id" + direction) + " LIMIT :limit OFFSET :offset",
				params, (rs, row) -> map(table, rs));
		return new Page((total != null) ? total : 0, items);
	}

	public Optional<Map<String, Object>> findById(long tenantId, EntityTable table, long id) {
		return this.jdbc
			.query("SELECT * FROM " + table.table() + " WHERE tenant_id = :tenant AND id = :id",
					new MapSqlParameterSource("tenant", tenantId).addValue("id", id), (rs, row) -> map(table, rs))
			.stream()
			.findFirst();
	}

	/**
	 * The records that still point at one record: for every link column of
	 * {@link References} to the record's table, how many of the tenant's records hold its
	 * id.
	 * @param tenantId the tenant
	 * @param table the referenced record's entity
	 * @param id the referenced record's id
	 * @return entity to the number of its records referencing the record, only those
	 * above zero, in {@link References#all()} order
	 */
	public Map<String, Long> referencesTo(long tenantId, EntityTable table, long id) {
		return new LinkIntegrity(this.jdbc).referencing(tenantId, table.table(), List.of(id));
	}

	private static Map<String, Object> map(EntityTable table, ResultSet rs) throws SQLException {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", Long.toString(rs.getLong("id")));
		record.put("version", rs.getLong("version"));
		record.put("importJobId", rs.getString("import_job_id"));
		for (EntityTable.Link link : table.links()) {
			long id = rs.getLong(link.column());
			record.put(link.key(), rs.wasNull() ? null : Long.toString(id));
		}
		if (table.table().equals("company")) {
			record.put("kind", rs.getString("company_kind"));
		}
		for (EntityTable.Column column : table.valueColumns()) {
			record.put(column.key(), StoredValues.read(rs, column));
		}
		return record;
	}

	private static Map<String, Key> keys(EntityTable table) {
		Map<String, Key> keys = new LinkedHashMap<>();
		keys.put("id", new Key("id", FieldType.INTEGER));
		keys.put("importJobId", new Key("import_job_id", FieldType.TEXT));
		table.links().forEach((l) -> keys.put(l.key(), new Key(l.column(), FieldType.INTEGER)));
		if (table.table().equals("company")) {
			keys.put("kind", new Key("company_kind", FieldType.TEXT));
		}
		for (EntityTable.Column column : table.valueColumns()) {
			FieldType type = column.key().endsWith("E164") ? FieldType.TEXT : column.field().type();
			keys.put(column.key(), new Key(column.column(), type));
		}
		return keys;
	}

	private record Key(String column, FieldType type) {

		Object parse(String value) {
			try {
				return switch (this.type) {
					case INTEGER -> Long.parseLong(value.strip());
					case DECIMAL, PERCENT -> new BigDecimal(value.strip());
					case DATE -> LocalDate.parse(value.strip());
					case DATETIME -> OffsetDateTime.parse(value.strip());
					case BOOLEAN -> {
						if (!value.equals("true") && !value.equals("false")) {
							throw new IllegalArgumentException("'" + value + "' is not true or false");
						}
						yield Boolean.valueOf(value);
					}
					default -> value;
				};
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(
						"The filter value '" + value + "' does not fit a " + this.type.jsonName() + " field.");
			}
		}

	}

}
