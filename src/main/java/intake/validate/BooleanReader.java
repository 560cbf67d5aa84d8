package intake.validate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads yes/no values in Swedish, Norwegian, Danish and English words, 1/0 or x, in any
 * case.
 */
final class BooleanReader {

	private static final List<String> TRUE = List.of("1", "ja", "yes", "true", "x", "sant");

	private static final List<String> FALSE = List.of("0", "nej", "nei", "no", "false", "falskt");

	private static final Set<String> TRUE_SET = Set.copyOf(TRUE);

	private static final Set<String> FALSE_SET = Set.copyOf(FALSE);

	private BooleanReader() {
	}

	/** A {@code Boolean} or an error listing the accepted words. */
	static Outcome read(String value) {
		String word = value.toLowerCase(Locale.ROOT);
		if (TRUE_SET.contains(word)) {
			return Outcome.ok(Boolean.TRUE);
		}
		if (FALSE_SET.contains(word)) {
			return Outcome.ok(Boolean.FALSE);
		}
		return Outcome.fail("'" + value + "' is not a yes/no value (accepted: " + String.join(", ", TRUE) + " for yes; "
				+ String.join(", ", FALSE) + " for no)");
	}

}
