package intake.validate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical forms for natural-key matching: values are stored as written and matched in
 * these forms. Stateless and thread-safe; {@code null} is refused.
 */
public final class NaturalKeys {

	private static final Pattern SE_VAT = Pattern.compile("SE(\\d{10})01");

	private static final Pattern SE = Pattern.compile("(?:16|18|19|20)?(\\d{10})");

	private static final Pattern NO = Pattern.compile("(?:NO)?(\\d{9})(?:MVA)?");

	private NaturalKeys() {
	}

	/**
	 * An organisation number's canonical form: Swedish ones as 10 digits
	 * ({@code 556016-0680}, {@code 5560160680}, {@code 165560160680},
	 * {@code SE556016068001} → {@code 5560160680}), Norwegian ones as 9 digits
	 * ({@code NO 923 609 016 MVA} → {@code 923609016}), anything else upper-case with
	 * spaces and punctuation removed. The shape decides, not the checksum.
	 */
	public static String govNo(String raw) {
		String compact = compact(raw);
		int length = compact.length();
		if ((length == 10 || length == 9) && allDigits(compact)) {
			return compact;
		}
		for (Pattern pattern : new Pattern[] { SE_VAT, SE, NO }) {
			Matcher m = pattern.matcher(compact);
			if (m.matches()) {
				return m.group(1);
			}
		}
		return compact;
	}

	/** Customer and product numbers: trimmed, case and leading zeros as written. */
	/** Letters and digits only, upper case: what {@code [^\p{L}\p{N}]} removal gives. */
	private static String compact(String raw) {
		String trimmed = Cells.trim(raw);
		StringBuilder out = new StringBuilder(trimmed.length());
		for (int i = 0; i < trimmed.length(); i++) {
			int c = trimmed.codePointAt(i);
			int type = Character.getType(c);
			if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
					|| type == Character.OTHER_NUMBER) {
				out.appendCodePoint(c);
			}
			if (Character.isSupplementaryCodePoint(c)) {
				i++;
			}
		}
		return out.toString().toUpperCase(Locale.ROOT);
	}

	private static boolean allDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	public static String text(String raw) {
		return Cells.trim(raw);
	}

}
