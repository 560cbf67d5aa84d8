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
	 */
	static NumberFit classify(String value) {
		String body = unsigned(stripPercent(value));
		boolean comma = parse(body, COMMA).isPresent();
		boolean dot = parse(body, DOT).isPresent();
		if (comma && dot) {
			return (body.indexOf(',') < 0 && body.indexOf('.') < 0) ? NumberFit.PLAIN : NumberFit.EITHER;
		}
		if (comma) {
			return NumberFit.COMMA_ONLY;
		}
		return dot ? NumberFit.DOT_ONLY : NumberFit.NONE;
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

	private static String unsigned(String value) {
		Matcher sign = SIGN.matcher(value);
		sign.matches();
		return sign.group(2);
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
