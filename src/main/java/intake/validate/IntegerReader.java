package intake.validate;

import java.math.BigDecimal;

/**
 * Reads whole numbers: digits with an optional sign and thousands separators of the
 * column's style. A written fraction of zeros ({@code 12,00}) is accepted; any other
 * fraction is an error, never rounded.
 */
final class IntegerReader {

	private IntegerReader() {
	}

	/** A {@code Long} or an error. */
	static Outcome read(String value, NumberReading reading) {
		Outcome read = DecimalReader.read(value, reading);
		if (!(read instanceof Outcome.Ok ok)) {
			return read;
		}
		BigDecimal number = (BigDecimal) ok.value();
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			return Outcome.fail("'" + value + "' is not a whole number");
		}
		try {
			return Outcome.ok(number.setScale(0).longValueExact());
		}
		catch (ArithmeticException ex) {
			return Outcome.fail("'" + value + "' is too large for a whole number field");
		}
	}

}
