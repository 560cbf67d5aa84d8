package intake.crm;

import java.util.List;

/**
 * Converts planned values to what JDBC and COPY accept.
 */
final class SqlValues {

	private SqlValues() {
	}

	static Object toSql(Object value) {
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return value;
	}

}
