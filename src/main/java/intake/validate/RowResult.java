package intake.validate;

import java.util.List;
import java.util.Map;

/**
 * The outcome of converting one row.
 *
 * @param line the 1-based physical line where the row starts
 * @param values field key to converted value, only for mapped fields with a non-empty,
 * valid value, plus {@code <Key>E164} for phone fields that normalised
 * @param errors problems that make the row invalid
 * @param warnings problems that do not
 */
public record RowResult(long line, Map<String, Object> values, List<Violation> errors, List<Violation> warnings) {

	public RowResult {
		values = (values instanceof Owned) ? values : Map.copyOf(values);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	/** Whether the row has no errors; warnings do not count. */
	public boolean valid() {
		return this.errors.isEmpty();
	}

	/**
	 * A result whose values map the validator built for this row alone and hands over:
	 * kept read-only as it is instead of copied (a copy per row adds up over a million
	 * rows).
	 */
	static RowResult owning(long line, java.util.HashMap<String, Object> values, List<Violation> errors,
			List<Violation> warnings) {
		return new RowResult(line, new Owned(values), errors, warnings);
	}

	/** A read-only view of a map nobody else holds. */
	private static final class Owned extends java.util.AbstractMap<String, Object> {

		private final Map<String, Object> values;

		Owned(java.util.HashMap<String, Object> values) {
			this.values = values;
		}

		@Override
		public Object get(Object key) {
			return this.values.get(key);
		}

		@Override
		public boolean containsKey(Object key) {
			return this.values.containsKey(key);
		}

		@Override
		public int size() {
			return this.values.size();
		}

		@Override
		public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
			this.values.forEach(action);
		}

		@Override
		public java.util.Set<Map.Entry<String, Object>> entrySet() {
			return java.util.Collections.unmodifiableMap(this.values).entrySet();
		}

	}

}
