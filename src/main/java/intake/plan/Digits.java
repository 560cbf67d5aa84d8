package intake.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers written as text (customer, product and account numbers) that a spreadsheet may
 * have shortened by dropping leading zeros.
 */
final class Digits {

	/** How many leading zeros a spreadsheet is assumed to drop at most. */
	static final int MAX_ZEROS = 8;

	private Digits() {
	}

	static boolean only(String value) {
		return !value.isEmpty() && value.length() <= 30 && value.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	static String stripZeros(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && digits.charAt(i) == '0') {
			i++;
		}
		return digits.substring(i);
	}

	/**
	 * The spellings a stored number equal to {@code digits} but for leading zeros may
	 * have: without its leading zeros and with one to {@link #MAX_ZEROS} more.
	 */
	static List<String> zeroVariants(String digits) {
		String stripped = stripZeros(digits);
		List<String> variants = new ArrayList<>(MAX_ZEROS + 1);
		if (!stripped.equals(digits)) {
			variants.add(stripped);
		}
		StringBuilder padded = new StringBuilder(stripped);
		for (int i = 0; i < MAX_ZEROS + (digits.length() - stripped.length()); i++) {
			padded.insert(0, '0');
			if (!padded.toString().equals(digits)) {
				variants.add(padded.toString());
			}
		}
		return variants;
	}

}
