package intake.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import intake.validate.RowValues;
import intake.validate.Violation;

/**
 * The fate of one file row.
 *
 * @param line the physical line where the row starts
 * @param status what happens to the row's main record
 * @param values converted values by field key
 * @param errors why the row is invalid (empty unless {@link RowStatus#INVALID})
 * @param warnings problems that do not stop the row
 * @param raw the row's cells as in the file
 * @param changes what the row changes on stored records (its company's and its contact's
 * fields, including {@code <Key>E164} copies), by field key
 */
public record RowOutcome(long line, RowStatus status, Map<String, Object> values, List<Violation> errors,
		List<Violation> warnings, List<String> raw, Map<String, FieldChange> changes) {

	public RowOutcome {
		Objects.requireNonNull(status, "status");
		values = RowValues.keep(values);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		raw = List.copyOf(raw);
		changes = changes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
	}

	/** An outcome that changes no stored record. */
	public RowOutcome(long line, RowStatus status, Map<String, Object> values, List<Violation> errors,
			List<Violation> warnings, List<String> raw) {
		this(line, status, values, errors, warnings, raw, Map.of());
	}

	public boolean hasProblems() {
		return !this.errors.isEmpty() || !this.warnings.isEmpty();
	}

}
