package intake.validate;

import java.math.BigDecimal;

/**
 * Reads percentages as numbers from 0 to 100, with or without a percent sign:
 * {@code 25 %} and {@code 25} are 25. A value is never rescaled: {@code 0,25} stays 0.25
 * (a quarter of a percent), since a fraction-of-one reading cannot be told apart from a
 * small percentage.
 */
final class PercentReader {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PercentReader() {
	}

	/** A {@code BigDecimal} from 0 to 100, or an error. */
	static Outcome read(String value, NumberReading reading) {
		Outcome read = DecimalReader.read(DecimalReader.stripPercent(value), reading);
		if (read instanceof Outcome.Failed failed) {
			return Outcome.fail(failed.message().replaceFirst("^'[^']*'", "'" + value + "'"));
		}
		BigDecimal number = (BigDecimal) ((Outcome.Ok) read).value();
		if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
			return Outcome.fail("'" + value + "' is not a percentage from 0 to 100");
		}
		return read;
	}

}
