package intake.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A record as parsed, before header and width rules.
 *
 * @param line 1-based physical line on which the record starts
 * @param fields the fields as written (NUL characters removed)
 * @param warnings record warnings
 * @param error why the record cannot be trusted (an unclosed quote, an oversized field)
 */
record RawRecord(long line, List<String> fields, List<String> warnings, Optional<String> error) {

	RawRecord {
		fields = List.copyOf(fields);
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(error, "error");
	}

}
