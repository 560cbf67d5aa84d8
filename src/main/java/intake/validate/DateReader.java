package intake.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates ({@code dd.mm.yyyy}, {@code d.m.yyyy}, {@code yyyy-mm-dd},
 * {@code dd-mm-yyyy}, {@code dd/mm/yyyy}, {@code yyyymmdd}, {@code mm/dd/yyyy}) with an
 * optional time ({@code hh:mm[:ss]}, {@code h:mm AM/PM}) and offset ({@code Z},
 * {@code +01:00}), as in ISO-8601 date-times. Which of day and month comes first in
 * two-part dates is the column's {@link DateReading}; year-first dates never depend on
 * it.
 */
final class DateReader {

	private static final Pattern SPLIT = Pattern.compile("(\\S+?)(?:(?:T|\\s+)(.+))?");

	private static final Pattern TWO_PART = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})");

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
			+ "(?:\\s*([AaPp])\\.?[Mm]\\.?)?(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?))?");

	/** A date with the time and offset when the cell has them. */
	record Moment(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

		/** The instant in the cell's offset, else in the zone; midnight when no time. */
		OffsetDateTime at(ZoneId zone) {
			LocalDateTime local = this.date.atTime(this.time.orElse(LocalTime.MIDNIGHT));
			return this.offset.map(local::atOffset).orElseGet(() -> local.atZone(zone).toOffsetDateTime());
		}

	}

	private DateReader() {
	}

	/** Which orders a cleaned, non-empty cell fits. */
	static DateFit classify(String value) {
		if (!mayBeDate(value)) {
			return DateFit.NONE;
		}
		Matcher split = SPLIT.matcher(value);
		if (!split.matches() || (split.group(2) != null && parseTime(split.group(2)).isEmpty())) {
			return DateFit.NONE;
		}
		String date = split.group(1);
		if (YEAR_FIRST.matcher(date).matches() || COMPACT.matcher(date).matches()) {
			return yearFirst(date).isPresent() ? DateFit.ANY_ORDER : DateFit.NONE;
		}
		Matcher twoPart = TWO_PART.matcher(date);
		if (!twoPart.matches()) {
			return DateFit.NONE;
		}
		int first = Integer.parseInt(twoPart.group(1));
		int second = Integer.parseInt(twoPart.group(3));
		int year = Integer.parseInt(twoPart.group(4));
		boolean dayFirst = date(year, second, first).isPresent();
		boolean monthFirst = date(year, first, second).isPresent();
		if (dayFirst && monthFirst) {
			return (first == second) ? DateFit.ANY_ORDER : DateFit.EITHER;
		}
		if (dayFirst) {
			return DateFit.DAY_FIRST_ONLY;
		}
		return monthFirst ? DateFit.MONTH_FIRST_ONLY : DateFit.NONE;
	}

	/**
	 * A necessary condition for {@link #classify} to find a date, checked without regular
	 * expressions so that the columns that hold no dates are profiled cheaply. Every date
	 * form consists of digits and {@code ./-} only and is 8 to 10 characters long, and
	 * {@code SPLIT} ends it at the end of the value, a {@code T} or white space
	 * ({@code \s}), none of which is such a character: so the leading run of those
	 * characters must be the date itself.
	 */
	static boolean mayBeDate(String value) {
		int length = value.length();
		int run = 0;
		while (run < length && run <= 10 && isDateChar(value.charAt(run))) {
			run++;
		}
		if (run < 8 || run > 10) {
			return false;
		}
		if (run == length) {
			return true;
		}
		char next = value.charAt(run);
		return next == 'T' || next == ' ' || next == '\t' || next == '\n' || next == '\u000B' || next == '\f'
				|| next == '\r';
	}

	private static boolean isDateChar(char c) {
		return (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '-';
	}

	/**
	 * A {@code LocalDate}; a time of day is dropped with a warning, an offset moves the
	 * date into the zone.
	 */
	static Outcome readDate(String value, DateReading reading, ZoneId zone) {
		Outcome read = read(value, reading);
		if (!(read instanceof Outcome.Ok ok)) {
			return read;
		}
		Moment moment = (Moment) ok.value();
		if (moment.offset().isPresent()) {
			return Outcome.ok(moment.at(zone).atZoneSameInstant(zone).toLocalDate());
		}
		if (moment.time().isPresent() && !moment.time().get().equals(LocalTime.MIDNIGHT)) {
			return Outcome.warn(moment.date(), "'" + value + "' has a time of day; only the date " + moment.date()
					+ " is kept because the field holds a date");
		}
		return Outcome.ok(moment.date());
	}

	/**
	 * An {@code OffsetDateTime}; without offset in the zone, without time at midnight.
	 */
	static Outcome readDateTime(String value, DateReading reading, ZoneId zone) {
		Outcome read = read(value, reading);
		if (!(read instanceof Outcome.Ok ok)) {
			return read;
		}
		return Outcome.ok(((Moment) ok.value()).at(zone));
	}

	/** A {@link Moment} or an error naming the value and the expected forms. */
	static Outcome read(String value, DateReading reading) {
		Matcher split = SPLIT.matcher(value);
		if (!split.matches()) {
			return Outcome.fail(notADate(value, reading));
		}
		Optional<LocalDate> date;
		String datePart = split.group(1);
		Matcher twoPart = TWO_PART.matcher(datePart);
		if (twoPart.matches()) {
			Outcome twoPartDate = twoPart(value, twoPart, reading);
			if (!(twoPartDate instanceof Outcome.Ok ok)) {
				return twoPartDate;
			}
			date = Optional.of((LocalDate) ok.value());
		}
		else {
			date = yearFirst(datePart);
		}
		if (date.isEmpty()) {
			return Outcome.fail(notADate(value, reading));
		}
		if (split.group(2) == null) {
			return Outcome.ok(new Moment(date.get(), Optional.empty(), Optional.empty()));
		}
		Optional<Moment> moment = parseTime(split.group(2))
			.map((time) -> new Moment(date.get(), Optional.of(time.time()), time.offset()));
		return moment.<Outcome>map(Outcome::ok)
			.orElseGet(() -> Outcome.fail("'" + value + "' has no valid time of day (expected e.g. " + example(reading)
					+ " 14:30, 2:30 PM or 2024-12-31T14:30:00+01:00)"));
	}

	private static Outcome twoPart(String value, Matcher twoPart, DateReading reading) {
		int first = Integer.parseInt(twoPart.group(1));
		int second = Integer.parseInt(twoPart.group(3));
		int year = Integer.parseInt(twoPart.group(4));
		Optional<LocalDate> dayFirst = date(year, second, first);
		Optional<LocalDate> monthFirst = date(year, first, second);
		if (dayFirst.isEmpty() && monthFirst.isEmpty()) {
			return Outcome.fail(notADate(value, reading));
		}
		Optional<LocalDate> chosen = switch (reading) {
			case DAY_FIRST -> dayFirst;
			case MONTH_FIRST -> monthFirst;
			case MIXED -> (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst))
					? Optional.empty() : dayFirst.or(() -> monthFirst);
		};
		if (chosen.isPresent()) {
			return Outcome.ok(chosen.get());
		}
		if (reading == DateReading.MIXED) {
			return Outcome.fail("'" + value + "' could be " + spoken(dayFirst.get()) + " or " + spoken(monthFirst.get())
					+ ", and this column mixes day-first and month-first dates; write it as yyyy-mm-dd");
		}
		DateOrder order = (reading == DateReading.DAY_FIRST) ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
		return Outcome.fail("'" + value + "' is not a " + order.description() + " date like the rest of this column"
				+ " (expected e.g. " + example(reading) + " or 2024-12-31)");
	}

	private static Optional<LocalDate> yearFirst(String date) {
		Matcher yearFirst = YEAR_FIRST.matcher(date);
		if (yearFirst.matches()) {
			return date(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(3)),
					Integer.parseInt(yearFirst.group(4)));
		}
		Matcher compact = COMPACT.matcher(date);
		if (compact.matches()) {
			return date(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
					Integer.parseInt(compact.group(3)));
		}
		return Optional.empty();
	}

	private record TimeOfDay(LocalTime time, Optional<ZoneOffset> offset) {
	}

	private static Optional<TimeOfDay> parseTime(String text) {
		Matcher time = TIME.matcher(text);
		if (!time.matches()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(time.group(1));
		int minute = Integer.parseInt(time.group(2));
		int second = (time.group(3) != null) ? Integer.parseInt(time.group(3)) : 0;
		int nano = (time.group(4) != null) ? Integer.parseInt((time.group(4) + "00000000").substring(0, 9)) : 0;
		if (time.group(5) != null) {
			if (hour < 1 || hour > 12) {
				return Optional.empty();
			}
			boolean pm = Character.toUpperCase(time.group(5).charAt(0)) == 'P';
			hour = (hour % 12) + (pm ? 12 : 0);
		}
		try {
			LocalTime localTime = LocalTime.of(hour, minute, second, nano);
			Optional<ZoneOffset> offset = Optional.ofNullable(time.group(6)).map(ZoneOffset::of);
			return Optional.of(new TimeOfDay(localTime, offset));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String notADate(String value, DateReading reading) {
		return "'" + value + "' is not a date (expected e.g. " + example(reading) + " or 2024-12-31)";
	}

	private static String example(DateReading reading) {
		return (reading == DateReading.MONTH_FIRST) ? "12/31/2024" : "31.12.2024";
	}

	private static String spoken(LocalDate date) {
		return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

}
