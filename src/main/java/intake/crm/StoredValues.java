package intake.crm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import intake.schema.FieldType;

/**
 * Reads a stored record's value columns into the Java types the converters produce, so
 * stored and imported values compare directly.
 */
final class StoredValues {

	private StoredValues() {
	}

	/** Field key to value of every value column; null values included. */
	static Map<String, Object> read(ResultSet rs, EntityTable table) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (EntityTable.Column column : table.valueColumns()) {
			values.put(column.key(), read(rs, column));
		}
		return values;
	}

	/**
	 * Field values and link ids: {@link #read(ResultSet, EntityTable)} plus each link key
	 * to its id as a {@link Long} (null when empty).
	 */
	static Map<String, Object> readWithLinks(ResultSet rs, EntityTable table) throws SQLException {
		Map<String, Object> values = read(rs, table);
		for (EntityTable.Link link : table.links()) {
			long id = rs.getLong(link.column());
			values.put(link.key(), rs.wasNull() ? null : id);
		}
		return values;
	}

	static Object read(ResultSet rs, EntityTable.Column column) throws SQLException {
		if (column.key().endsWith("E164")) {
			return rs.getString(column.column());
		}
		return switch (column.field().type()) {
			case DATE -> rs.getObject(column.column(), LocalDate.class);
			case DATETIME -> rs.getObject(column.column(), OffsetDateTime.class);
			case DECIMAL, PERCENT -> rs.getBigDecimal(column.column());
			case INTEGER -> (rs.getObject(column.column()) != null) ? rs.getLong(column.column()) : null;
			case BOOLEAN -> (rs.getObject(column.column()) != null) ? rs.getBoolean(column.column()) : null;
			case TEXT_LIST -> {
				String text = rs.getString(column.column());
				yield (text != null) ? List.of(text.split(",\\s*")) : null;
			}
			default -> rs.getString(column.column());
		};
	}

	/** The JDBC type for setting a null into the column. */
	static int sqlType(EntityTable.Column column) {
		if (column.key().endsWith("E164")) {
			return Types.VARCHAR;
		}
		FieldType type = column.field().type();
		return switch (type) {
			case DATE -> Types.DATE;
			case DATETIME -> Types.TIMESTAMP_WITH_TIMEZONE;
			case DECIMAL, PERCENT -> Types.NUMERIC;
			case INTEGER -> Types.BIGINT;
			case BOOLEAN -> Types.BOOLEAN;
			default -> Types.VARCHAR;
		};
	}

	/**
	 * A value in the API's JSON encoding, for the journal: decimals as plain strings,
	 * dates and date-times as ISO text, lists as lists.
	 */
	static Object json(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof LocalDate || value instanceof OffsetDateTime) {
			return value.toString();
		}
		return value;
	}

}
