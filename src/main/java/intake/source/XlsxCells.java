package intake.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;

/**
 * Turns a workbook cell into the text a person sees in Excel: text verbatim, numbers
 * without binary noise (at most 15 significant digits, as Excel shows them), dates and
 * times in ISO-8601, percentages with {@code %}, booleans as {@code TRUE}/{@code FALSE},
 * formulas by their cached value. Not thread-safe (it caches format kinds).
 */
final class XlsxCells {

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private final boolean date1904;

	private final Map<String, NumberFormats.Kind> kinds = new HashMap<>();

	XlsxCells(boolean date1904) {
		this.date1904 = date1904;
	}

	String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		Object value = cell.getValue();
		return switch (cell.getType()) {
			case EMPTY -> "";
			case STRING -> unescape((value != null) ? value.toString() : "");
			case BOOLEAN -> Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
			case NUMBER -> (value instanceof BigDecimal number) ? number(number, cell) : "";
			case FORMULA -> formula(value, cell);
			case ERROR -> (cell.getRawValue() != null) ? cell.getRawValue() : "";
		};
	}

	private String formula(Object value, Cell cell) {
		if (value instanceof Boolean flag) {
			return flag ? "TRUE" : "FALSE";
		}
		if (value instanceof BigDecimal number) {
			return number(number, cell);
		}
		return (value != null) ? unescape(value.toString()) : "";
	}

	private String number(BigDecimal value, Cell cell) {
		NumberFormats.Kind kind = kind(cell);
		if (kind != NumberFormats.Kind.NUMBER && kind != NumberFormats.Kind.PERCENT && value.signum() < 0) {
			return plain(value);
		}
		return switch (kind) {
			case NUMBER -> plain(value);
			case PERCENT -> plain(value.movePointRight(2)) + "%";
			case DATE -> date(value).toString();
			case DATE_TIME -> date(value) + "T" + time(value);
			case TIME -> time(value);
			case DURATION -> duration(value);
		};
	}

	private NumberFormats.Kind kind(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id == null) {
			return NumberFormats.Kind.NUMBER;
		}
		String format = cell.getDataFormatString();
		return this.kinds.computeIfAbsent(id + "|" + format, (key) -> NumberFormats.kind(id, format));
	}

	/** A number as Excel shows it in General format, without exponent. */
	static String plain(BigDecimal value) {
		String text = value.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
		return text.equals("-0") ? "0" : text;
	}

	private LocalDate date(BigDecimal serial) {
		long days = daysAndSeconds(serial)[0];
		if (this.date1904) {
			return EPOCH_1904.plusDays(days);
		}
		// Excel counts a 29 February 1900 that never was: serials below 61 are one day
		// off.
		return (days < 61) ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
	}

	private static String time(BigDecimal serial) {
		LocalTime time = LocalTime.ofSecondOfDay(daysAndSeconds(serial)[1]);
		return String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
	}

	private static String duration(BigDecimal serial) {
		long total = serial.multiply(BigDecimal.valueOf(86_400))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.longValue();
		return String.format("%d:%02d:%02d", total / 3600, (total / 60) % 60, total % 60);
	}

	/** Whole days and the second of the day, rounded to the nearest second. */
	private static long[] daysAndSeconds(BigDecimal serial) {
		long totalSeconds = serial.multiply(BigDecimal.valueOf(86_400))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.longValue();
		return new long[] { Math.floorDiv(totalSeconds, 86_400), Math.floorMod(totalSeconds, 86_400) };
	}

	/** Decodes the OOXML escape {@code _xHHHH_} (e.g. {@code _x000D_} for CR). */
	static String unescape(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		Matcher matcher = ESCAPE.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
