package intake.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads values written in the API's JSON encoding (decimals as canonical strings, dates
 * {@code YYYY-MM-DD}, lists as arrays) back into the Java values of a column, as stored
 * values such as the journal's previous values need. Values come from a JSON parser:
 * strings, numbers, booleans, lists or null.
 */
public final class ApiValues {

	private ApiValues() {
	}

	/**
	 * @param column the value column
	 * @param json the parsed JSON value, or null
	 * @return the Java value, or null
	 * @throws IllegalArgumentException when the value does not fit the column's type
	 */
	public static Object decode(EntityTable.Column column, Object json) {
		if (json == null) {
			return null;
		}
		if (column.key().endsWith("E164")) {
			return json.toString();
		}
		try {
			return switch (column.field().type()) {
				case DATE -> LocalDate.parse(json.toString());
				case DATETIME -> OffsetDateTime.parse(json.toString());
				case DECIMAL, PERCENT -> new BigDecimal(json.toString());
				case INTEGER -> Long.parseLong(json.toString());
				case BOOLEAN -> (json instanceof Boolean b) ? b : Boolean.valueOf(json.toString());
				case TEXT_LIST -> (json instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
						: List.of(json.toString());
				default -> json.toString();
			};
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					"'" + json + "' does not fit the " + column.field().type().jsonName() + " field " + column.key(),
					ex);
		}
	}

}
