package intake.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profiler's scanners without regular expressions decide exactly what the regular
 * expressions they replace decided: seeded random cells built from the characters that
 * matter, compared with the former implementation kept here as the oracle.
 */
class FastClassifierTest {

	private static final int CELLS = 200_000;

	private static final String[] NUMBER_PIECES = { "0", "1", "2", "5", "9", "12", "123", "1234", "000", "007", ",",
			".", " ", "\u00A0", "\u202F", "\u2009", "\u2007", "-", "+", "\u2212", "%", " %", "\t", "e", "kr", "'", "\n",
			"1,234", "1.234", "1 234", "234", ",5", ".50" };

	private static final String[] DATE_PIECES = { "0", "1", "2", "3", "9", "12", "31", "13", "29", "02", "2024", "1999",
			"0000", "20240229", "2023", ".", "/", "-", "T", " ", "  ", "\t", "\u00A0", ":", "14:30", "2:30 PM", "25:00",
			"00", "Z", "+01:00", "a", "x", "24.12.2024", "12/31/2024", "2024-12-31", "\n" };

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 20241231 })
	void numberClassificationMatchesTheRegularExpressions(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CELLS; i++) {
			String value = cell(random, NUMBER_PIECES);
			if (value.isEmpty()) {
				continue;
			}
			assertThat(DecimalReader.classify(value)).as("classify(\"%s\")", value).isEqualTo(Oracle.numberFit(value));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 20241231 })
	void dateClassificationMatchesTheRegularExpressions(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CELLS; i++) {
			String value = cell(random, DATE_PIECES);
			if (value.isEmpty()) {
				continue;
			}
			assertThat(DateReader.classify(value)).as("classify(\"%s\")", value).isEqualTo(Oracle.dateFit(value));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "x", "12", "1 234", "1.234,50", "1,234.50", "-12,5", "+ 7", "\u2212 1 234 567,0",
			"1 234 567", "1 234.567", "01 234", "1234 567", "1,23", ",5", "5,", "12 %", "1\u00A0234", "1\u202F234,5",
			"1\u2009234", "1.234.567", "1.234.56", "1,234,567.89", "0", "-", "%", " 1" })
	void numberClassificationMatchesTheRegularExpressionsOnKnownForms(String value) {
		if (!value.isEmpty()) {
			assertThat(DecimalReader.classify(value)).isEqualTo(Oracle.numberFit(value));
		}
		assertThat(DecimalReader.fits(value, '.', ',')).isEqualTo(Oracle.parses(value, Oracle.COMMA));
		assertThat(DecimalReader.fits(value, ',', '.')).isEqualTo(Oracle.parses(value, Oracle.DOT));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0 })
	void blankCharactersAreTheSameForEveryChar(int unused) {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			boolean old = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF'
					|| ch == '\u2060';
			assertThat(Cells.isBlank(ch)).as("U+%04X", c).isEqualTo(old);
		}
	}

	private static String cell(Random random, String[] pieces) {
		int count = 1 + random.nextInt(6);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(pieces[random.nextInt(pieces.length)]);
		}
		return Cells.trim(out.toString());
	}

	/** The former, regular-expression implementation of the profiler's classifiers. */
	static final class Oracle {

		private static final String SPACES = " \\u00A0\\u202F\\u2009";

		static final Pattern COMMA = number('.', ',');

		static final Pattern DOT = number(',', '.');

		private static final Pattern SIGN = Pattern.compile("([-+\\u2212]?)\\s*(.*)", Pattern.DOTALL);

		private static final Pattern SPLIT = Pattern.compile("(\\S+?)(?:(?:T|\\s+)(.+))?");

		private static final Pattern TWO_PART = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})");

		private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})");

		private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

		private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
				+ "(?:\\s*([AaPp])\\.?[Mm]\\.?)?(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?))?");

		private Oracle() {
		}

		private static Pattern number(char group, char decimal) {
			String groups = "[" + SPACES + (group == '.' ? "." : ",") + "]";
			return Pattern.compile("(\\d+|[1-9]\\d{0,2}(?:(" + groups + ")\\d{3})(?:\\2\\d{3})*)?(?:"
					+ Pattern.quote(String.valueOf(decimal)) + "(\\d+))?");
		}

		static NumberFit numberFit(String value) {
			Matcher sign = SIGN.matcher(DecimalReader.stripPercent(value));
			sign.matches();
			String body = sign.group(2);
			boolean comma = parses(body, COMMA);
			boolean dot = parses(body, DOT);
			if (comma && dot) {
				return (body.indexOf(',') < 0 && body.indexOf('.') < 0) ? NumberFit.PLAIN : NumberFit.EITHER;
			}
			if (comma) {
				return NumberFit.COMMA_ONLY;
			}
			return dot ? NumberFit.DOT_ONLY : NumberFit.NONE;
		}

		static boolean parses(String body, Pattern pattern) {
			return !body.isEmpty() && pattern.matcher(body).matches();
		}

		static DateFit dateFit(String value) {
			Matcher split = SPLIT.matcher(value);
			if (!split.matches() || (split.group(2) != null && !isTime(split.group(2)))) {
				return DateFit.NONE;
			}
			String date = split.group(1);
			if (YEAR_FIRST.matcher(date).matches() || COMPACT.matcher(date).matches()) {
				return (yearFirst(date) != null) ? DateFit.ANY_ORDER : DateFit.NONE;
			}
			Matcher twoPart = TWO_PART.matcher(date);
			if (!twoPart.matches()) {
				return DateFit.NONE;
			}
			int first = Integer.parseInt(twoPart.group(1));
			int second = Integer.parseInt(twoPart.group(3));
			int year = Integer.parseInt(twoPart.group(4));
			boolean dayFirst = date(year, second, first) != null;
			boolean monthFirst = date(year, first, second) != null;
			if (dayFirst && monthFirst) {
				return (first == second) ? DateFit.ANY_ORDER : DateFit.EITHER;
			}
			if (dayFirst) {
				return DateFit.DAY_FIRST_ONLY;
			}
			return monthFirst ? DateFit.MONTH_FIRST_ONLY : DateFit.NONE;
		}

		private static boolean isTime(String text) {
			Matcher time = TIME.matcher(text);
			if (!time.matches()) {
				return false;
			}
			int hour = Integer.parseInt(time.group(1));
			int minute = Integer.parseInt(time.group(2));
			int second = (time.group(3) != null) ? Integer.parseInt(time.group(3)) : 0;
			int nano = (time.group(4) != null) ? Integer.parseInt((time.group(4) + "00000000").substring(0, 9)) : 0;
			if (time.group(5) != null) {
				if (hour < 1 || hour > 12) {
					return false;
				}
				boolean pm = Character.toUpperCase(time.group(5).charAt(0)) == 'P';
				hour = (hour % 12) + (pm ? 12 : 0);
			}
			try {
				LocalTime.of(hour, minute, second, nano);
				if (time.group(6) != null) {
					ZoneOffset.of(time.group(6));
				}
				return true;
			}
			catch (DateTimeException ex) {
				return false;
			}
		}

		private static LocalDate yearFirst(String date) {
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
			return null;
		}

		private static LocalDate date(int year, int month, int day) {
			try {
				return LocalDate.of(year, month, day);
			}
			catch (DateTimeException ex) {
				return null;
			}
		}

	}

}
