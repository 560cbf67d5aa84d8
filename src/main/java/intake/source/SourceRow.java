package intake.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a file.
 *
 * @param line 1-based physical line on which the record starts
 * @param fields the parsed fields, normalised to the header width when that is possible
 * (surplus trailing empty fields dropped); untouched when {@code error} is present
 * @param warnings row warnings (human sentences), never {@code null}
 * @param error why the row cannot be used (for example a ragged row), if so
 */
public record SourceRow(long line, List<String> fields, List<String> warnings, Optional<String> error) {

	public SourceRow {
		fields = List.copyOf(fields);
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(error, "error");
	}

}
