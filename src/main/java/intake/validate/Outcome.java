package intake.validate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The result of converting one non-empty cell: a value with warnings, or an error. */
sealed interface Outcome permits Outcome.Ok, Outcome.Failed {

	/**
	 * A converted value.
	 *
	 * @param value the value stored for the field
	 * @param warnings messages that do not make the row invalid
	 * @param extras further values keyed by the suffix appended to the field key (e.g.
	 * {@code E164})
	 */
	record Ok(Object value, List<String> warnings, Map<String, Object> extras) implements Outcome {

		public Ok {
			Objects.requireNonNull(value, "value");
			warnings = List.copyOf(warnings);
			extras = Map.copyOf(extras);
		}

	}

	/**
	 * A cell that cannot be converted; the message names the value and what is expected.
	 */
	record Failed(String message) implements Outcome {

		public Failed {
			Objects.requireNonNull(message, "message");
		}

	}

	static Outcome ok(Object value) {
		return new Ok(value, List.of(), Map.of());
	}

	static Outcome warn(Object value, String warning) {
		return new Ok(value, List.of(warning), Map.of());
	}

	static Outcome fail(String message) {
		return new Failed(message);
	}

}
