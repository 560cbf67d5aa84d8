package intake.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's JSON encoding of values: decimals as canonical strings, dates as
 * {@code YYYY-MM-DD}, date-times ISO-8601 with offset, lists as arrays.
 */
public final class JsonValues {

	private JsonValues() {
	}

	public static Object encode(Object value) {
		if (isPlain(value)) {
			return value;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof LocalDate || value instanceof OffsetDateTime) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(JsonValues::encode).toList();
		}
		return value;
	}

	/**
	 * Whether a value is written as it is. Compares classes rather than testing
	 * {@code instanceof List}: an interface test on a {@code String}, made by several
	 * threads at once against different interfaces, thrashes the class's one-entry cache
	 * of them (JDK-8180450), and this runs for every value of a million rows.
	 */
	private static boolean isPlain(Object value) {
		Class<?> type = (value != null) ? value.getClass() : String.class;
		return type == String.class || type == Long.class || type == Boolean.class || type == Integer.class;
	}

	/**
	 * The values in the JSON encoding: an unmodifiable view of the same map when no value
	 * needs encoding (the common case: texts and numbers), else an encoded copy.
	 */
	public static Map<String, Object> encode(Map<String, Object> values) {
		boolean plain = true;
		for (Object value : values.values()) {
			if (!isPlain(value)) {
				plain = false;
				break;
			}
		}
		if (plain) {
			return java.util.Collections.unmodifiableMap(values);
		}
		Map<String, Object> encoded = new LinkedHashMap<>();
		values.forEach((key, value) -> encoded.put(key, encode(value)));
		return encoded;
	}

}
