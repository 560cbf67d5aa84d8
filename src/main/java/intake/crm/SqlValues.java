package intake.crm;

import java.util.List;

/**
 * Converts planned values to what JDBC and COPY accept.
 */
final class SqlValues {

	private SqlValues() {
	}

	static Object toSql(Object value) {
		// Texts, the common case, are told by their class: an interface test such as
		// instanceof List on a String, made by several threads against different
		// interfaces, thrashes the class's one-entry cache of them (JDK-8180450).
		if (value == null || value.getClass() == String.class) {
			return value;
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return value;
	}

}
