package intake.validate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a column's non-empty values fit the decimal comma and the decimal point.
 *
 * @param plain numbers without comma or point ({@code 1234}, {@code 1 234})
 * @param commaOnly values that fit only the decimal comma ({@code 1,7}, {@code 1.234,50},
 * {@code 200.000.000})
 * @param dotOnly values that fit only the decimal point ({@code 1234.50},
 * {@code 1,234.50})
 * @param either values that fit both as different numbers ({@code 1,234})
 * @param none values that are no number in either style
 * @param firstEither the first value that fits both styles, {@code ""} when none
 */
public record DecimalEvidence(long plain, long commaOnly, long dotOnly, long either, long none, String firstEither) {

	public DecimalEvidence {
		Objects.requireNonNull(firstEither, "firstEither");
	}

	static DecimalEvidence empty() {
		return new DecimalEvidence(0, 0, 0, 0, 0, "");
	}

	/** The styles every non-empty value allows (none when some value is no number). */
	public Set<DecimalStyle> allowedStyles() {
		Set<DecimalStyle> styles = EnumSet.noneOf(DecimalStyle.class);
		if (this.none == 0 && this.dotOnly == 0) {
			styles.add(DecimalStyle.COMMA_DECIMAL);
		}
		if (this.none == 0 && this.commaOnly == 0) {
			styles.add(DecimalStyle.DOT_DECIMAL);
		}
		return Set.copyOf(styles);
	}

}
