package intake.validate;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The order of day and month in dates such as {@code 03/04/2024}. */
public enum DateOrder {

	/** {@code 31.12.2024}, {@code 31/12/2024}: the Nordic and European order. */
	DAY_FIRST("day.month"),
	/** {@code 12/31/2024}: exports from US-made systems. */
	MONTH_FIRST("month/day");

	private final String description;

	DateOrder(String description) {
		this.description = description;
	}

	/** A short human description, e.g. {@code day.month}. */
	public String description() {
		return this.description;
	}

	/**
	 * The order a locale writes short dates in; year-first locales count as day first.
	 */
	public static DateOrder of(Locale locale) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
				IsoChronology.INSTANCE, locale);
		return pattern.startsWith("M") ? MONTH_FIRST : DAY_FIRST;
	}

}
