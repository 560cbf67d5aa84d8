package intake.validate;

import java.util.Objects;

/**
 * A problem with one cell (or one row when {@code column} is -1).
 *
 * @param line the 1-based physical line where the record starts; 0 for a column-level
 * note ({@link RowValidator#columnWarnings()})
 * @param column the 0-based file column, or -1 for the whole row
 * @param field the field key, or {@code ""} when none
 * @param value the raw cell as read from the file
 * @param message a sentence a person can act on, e.g.
 * {@code "'anna@example' is not a valid e-mail address"}
 */
public record Violation(long line, int column, String field, String value, String message) {

	public Violation {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(message, "message");
	}

}
