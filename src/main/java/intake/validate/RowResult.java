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
		values = RowValues.keep(values);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	/** Whether the row has no errors; warnings do not count. */
	public boolean valid() {
		return this.errors.isEmpty();
	}

	/**
	 * A result whose values map the validator built for this row alone and hands over:
	 * kept read-only as it is instead of copied.
	 */
	static RowResult owning(long line, RowValues values, List<Violation> errors, List<Violation> warnings) {
		return new RowResult(line, values.handOver(), errors, warnings);
	}

}
