package intake.job;

import java.util.List;
import java.util.Map;

/**
 * One row of the preview, in the API's JSON shape; {@code raw} (the cells as in the file)
 * is kept for the problem and error files and not shown in the preview.
 *
 * @param line the physical line where the row starts
 * @param status CREATE, UPDATE, UNCHANGED, SKIP or INVALID
 * @param values converted values: in the API's JSON encoding when read from the store; on
 * their way into it as converted ({@link ImportPass#item}), the store encoding them as it
 * writes
 * @param errors why the row is invalid
 * @param warnings problems that do not stop the row
 * @param changes field-level changes for updates: key to {@code from} and {@code to}
 * @param raw the cells as in the file
 */
public record PreviewItem(long line, String status, Map<String, Object> values, List<Problem> errors,
		List<Problem> warnings, Map<String, Map<String, Object>> changes, List<String> raw) {

	/**
	 * A problem with a cell; {@code column} is null for row-level problems.
	 *
	 * @param field the field key, or empty
	 * @param column the 0-based column
	 * @param value the raw value
	 * @param message what is wrong
	 */
	public record Problem(String field, Integer column, String value, String message) {
	}

}
