package intake.validate;

import java.util.regex.Pattern;

/**
 * Checks a postcode against its country's format: SE 5 digits ({@code 12345} or
 * {@code 123 45}), FI 5 digits, NO and DK 4 digits; other countries are not checked. A
 * mismatch is a warning, never an error, and the value is always kept as written.
 */
final class PostcodeReader {

	private static final Pattern SE = Pattern.compile("\\d{3} ?\\d{2}");

	private static final Pattern FIVE = Pattern.compile("\\d{5}");

	private static final Pattern FOUR = Pattern.compile("\\d{4}");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private PostcodeReader() {
	}

	/** The postcode as written, with a warning when it does not fit the country. */
	static Outcome read(String value, String country) {
		return switch (country) {
			case "SE" -> swedish(value);
			case "FI" -> check(value, FIVE, 5, "Finnish", "00100");
			case "NO" -> check(value, FOUR, 4, "Norwegian", "0150");
			case "DK" -> check(value, FOUR, 4, "Danish", "2100");
			default -> Outcome.ok(value);
		};
	}

	private static Outcome swedish(String value) {
		if (isSwedish(value) || SE.matcher(value).matches()) {
			return Outcome.ok(value);
		}
		if (DIGITS.matcher(value).matches() && value.length() == 4) {
			// Swedish postcodes never start with 0 (100 00 to 984 99), so a 4-digit value
			// lacks a digit somewhere rather than a leading zero.
			return Outcome.warn(value,
					"'" + value + "' has 4 digits; a Swedish postcode has 5 (e.g. 123 45) — a digit looks missing");
		}
		return Outcome.warn(value, "'" + value + "' is not a Swedish postcode (expected 5 digits, e.g. 123 45)");
	}

	/** {@code SE} by hand: {@code NNNNN} or {@code NNN NN}. */
	private static boolean isSwedish(String value) {
		int length = value.length();
		if (length == 5) {
			return digits(value, 0, 5);
		}
		return length == 6 && value.charAt(3) == ' ' && digits(value, 0, 3) && digits(value, 4, 6);
	}

	private static boolean digits(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static Outcome check(String value, Pattern pattern, int digits, String adjective, String example) {
		if (pattern.matcher(value).matches()) {
			return Outcome.ok(value);
		}
		if (DIGITS.matcher(value).matches() && value.length() == digits - 1) {
			return Outcome.warn(value, "'" + value + "' is not a " + adjective + " postcode (" + digits
					+ " digits); leading zero looks dropped: did you mean 0" + value + "?");
		}
		return Outcome.warn(value, "'" + value + "' is not a " + adjective + " postcode (expected " + digits
				+ " digits, e.g. " + example + ")");
	}

}
