package intake.validate;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads decimal numbers written {@code 1234,50}, {@code 1 234,50} (space, NBSP or narrow
 * NBSP grouping), {@code 1.234,50}, {@code 1234.50}, {@code 1,234.50}, {@code -12,5}. The
 * result keeps the scale as written ({@code 1234,50} is {@code 1234.50}). Currency text
 * is refused rather than stripped, so that an amount in another currency is never
 * imported as if it were the tenant's.
 */
final class DecimalReader {

	private static final String SPACES = " \\u00A0\\u202F\\u2009";

	/** The grouping spaces of {@code SPACES}, as characters. */
	private static final String SPACES_SET = " \u00A0\u202F\u2009";

	private static final Pattern COMMA = number('.', ',');

	private static final Pattern DOT = number(',', '.');

	private static final Pattern SIGN = Pattern.compile("([-+\\u2212]?)\\s*(.*)", Pattern.DOTALL);

	private static final Pattern CURRENCY = Pattern.compile(
			"(?i).*(\\p{Sc}|:-|\\b(kr|kronor|kroner|sek|nok|dkk|eur|euro|euros|usd|gbp|isk|chf)\\b|\\d(kr|sek|nok|dkk|eur|usd)\\b).*");

	private DecimalReader() {
	}

	private static Pattern number(char group, char decimal) {
		String groups = "[" + SPACES + (group == '.' ? "." : ",") + "]";
		return Pattern.compile("(\\d+|[1-9]\\d{0,2}(?:(" + groups + ")\\d{3})(?:\\2\\d{3})*)?(?:"
				+ Pattern.quote(String.valueOf(decimal)) + "(\\d+))?");
	}

	/**
	 * Which styles a cleaned, non-empty cell fits; a trailing percent sign is ignored.
	 * Decides exactly what matching {@code SIGN}, {@code COMMA} and {@code DOT} would, by
	 * a scan without regular expressions or allocation (the profiler calls it for every
	 * cell of a file).
	 */
	static NumberFit classify(String value) {
		String body = unsigned(stripPercent(value));
		if (body.isEmpty() || !startsNumber(body.charAt(0))) {
			// both forms start with a digit or the decimal separator
			return NumberFit.NONE;
		}
		boolean comma = fits(body, '.', ',');
		boolean dot = fits(body, ',', '.');
		if (comma && dot) {
			return (body.indexOf(',') < 0 && body.indexOf('.') < 0) ? NumberFit.PLAIN : NumberFit.EITHER;
		}
		if (comma) {
			return NumberFit.COMMA_ONLY;
		}
		return dot ? NumberFit.DOT_ONLY : NumberFit.NONE;
	}

	/**
	 * Whether a non-empty {@code body} matches {@link #number(char, char)}: an optional
	 * whole part (digits, or 1 to 3 digits not starting with 0 followed by groups of a
	 * separator and 3 digits, the separator being the same each time), then optionally
	 * the decimal separator and at least one digit. The decimal separator cannot occur in
	 * the whole part, so its first occurrence splits the two.
	 */
	static boolean fits(String body, char group, char decimal) {
		int length = body.length();
		if (length == 0) {
			return false;
		}
		int point = body.indexOf(decimal);
		int wholeEnd = (point < 0) ? length : point;
		if (point >= 0 && !allDigits(body, point + 1, length)) {
			return false;
		}
		return wholeEnd == 0 || allDigits(body, 0, wholeEnd) || grouped(body, wholeEnd, group);
	}

	private static boolean grouped(String body, int end, char group) {
		char first = body.charAt(0);
		if (first < '1' || first > '9') {
			return false;
		}
		int lead = 1;
		while (lead < end && isDigit(body.charAt(lead))) {
			lead++;
		}
		if (lead > 3 || lead == end) {
			return false;
		}
		char separator = body.charAt(lead);
		if (separator != group && SPACES_SET.indexOf(separator) < 0) {
			return false;
		}
		for (int i = lead; i < end; i += 4) {
			if (i + 4 > end || body.charAt(i) != separator || !allDigits(body, i + 1, i + 4)) {
				return false;
			}
		}
		return true;
	}

	private static boolean allDigits(String text, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsNumber(char c) {
		return isDigit(c) || c == ',' || c == '.';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** A {@code BigDecimal} or an error naming the value and the expected form. */
	static Outcome read(String value, NumberReading reading) {
		Matcher sign = SIGN.matcher(value);
		sign.matches();
		String body = sign.group(2);
		boolean negative = !sign.group(1).isEmpty() && sign.group(1).charAt(0) != '+';
		Optional<BigDecimal> comma = parse(body, COMMA);
		Optional<BigDecimal> dot = parse(body, DOT);
		Optional<BigDecimal> read = switch (reading) {
			case COMMA_DECIMAL -> comma;
			case DOT_DECIMAL -> dot;
			case MIXED -> (comma.isPresent() && dot.isPresent() && comma.get().compareTo(dot.get()) != 0)
					? Optional.empty() : comma.or(() -> dot);
		};
		if (read.isPresent()) {
			return Outcome.ok(negative ? read.get().negate() : read.get());
		}
		if (reading == NumberReading.MIXED && comma.isPresent()) {
			return Outcome.fail("'" + value + "' could be " + comma.get().toPlainString() + " or "
					+ dot.get().toPlainString()
					+ ", and this column mixes decimal comma and decimal point; write it without thousands separators");
		}
		if (CURRENCY.matcher(value).matches()) {
			return Outcome.fail("'" + value + "' contains currency text, which is not allowed; write the amount only");
		}
		if (comma.isPresent() || dot.isPresent()) {
			DecimalStyle style = (reading == NumberReading.DOT_DECIMAL) ? DecimalStyle.DOT_DECIMAL
					: DecimalStyle.COMMA_DECIMAL;
			return Outcome.fail("'" + value + "' does not use the " + style.description()
					+ " like the rest of this column (expected e.g. " + style.example() + ")");
		}
		return Outcome.fail("'" + value + "' is not a number (expected e.g. " + example(reading) + ")");
	}

	static String example(NumberReading reading) {
		return (reading == NumberReading.DOT_DECIMAL) ? DecimalStyle.DOT_DECIMAL.example()
				: DecimalStyle.COMMA_DECIMAL.example();
	}

	/** The value without a trailing percent sign (and the spaces before it). */
	static String stripPercent(String value) {
		return value.endsWith("%") ? Cells.trim(value.substring(0, value.length() - 1)) : value;
	}

	/** The value after {@code SIGN}'s optional sign and white space. */
	static String unsigned(String value) {
		int length = value.length();
		int start = 0;
		if (length > 0) {
			char first = value.charAt(0);
			if (first == '-' || first == '+' || first == '\u2212') {
				start = 1;
			}
		}
		while (start < length && isRegexSpace(value.charAt(start))) {
			start++;
		}
		return value.substring(start);
	}

	/** Whether {@code c} is in {@code \s}: {@code [ \t\n\x0B\f\r]}. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static Optional<BigDecimal> parse(String body, Pattern pattern) {
		Matcher matcher = pattern.matcher(body);
		if (body.isEmpty() || !matcher.matches()) {
			return Optional.empty();
		}
		String whole = (matcher.group(1) != null) ? matcher.group(1).replaceAll("[^0-9]", "") : "0";
		String fraction = matcher.group(3);
		return Optional.of(new BigDecimal((fraction != null) ? whole + "." + fraction : whole));
	}

}
