package intake.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file column and the field it maps to. Immutable.
 *
 * @param index the 0-based column index
 * @param header the header as written in the file
 * @param field the field key; empty = unmapped (ignored on import)
 * @param confidence 0..1 for the chosen field: 1.0 for an exact key or label match, a
 * saved mapping or a user's choice, 0.95 for a synonym, below 0.9 for a fuzzy match; 0
 * when unmapped
 * @param suggestions up to three alternative field keys, best first, never including
 * {@code field}
 * @throws IllegalArgumentException when these rules are broken
 */
public record ColumnMatch(int index, String header, Optional<String> field, double confidence,
		List<String> suggestions) {

	/** The most suggestions a column carries. */
	public static final int MAX_SUGGESTIONS = 3;

	public ColumnMatch {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(field, "field");
		suggestions = List.copyOf(suggestions);
		if (index < 0) {
			throw new IllegalArgumentException("Negative column index " + index);
		}
		if (!(confidence >= 0.0 && confidence <= 1.0)) {
			throw new IllegalArgumentException("Confidence " + confidence + " outside 0..1");
		}
		if (field.isEmpty() && confidence != 0.0) {
			throw new IllegalArgumentException("An unmapped column has confidence 0");
		}
		if (suggestions.size() > MAX_SUGGESTIONS || field.filter(suggestions::contains).isPresent()
				|| suggestions.stream().distinct().count() != suggestions.size()) {
			throw new IllegalArgumentException("Bad suggestions " + suggestions + " for " + field);
		}
	}

	/** An unmapped column with the given suggestions. */
	public static ColumnMatch unmapped(int index, String header, List<String> suggestions) {
		return new ColumnMatch(index, header, Optional.empty(), 0.0, suggestions);
	}

	public boolean isMapped() {
		return this.field.isPresent();
	}

}
