package intake.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random round trips: values formatted in each accepted way read back unchanged.
 */
class RoundTripTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void datesReadBackInEveryAcceptedFormat(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 200; i++) {
			LocalDate date = LocalDate.ofEpochDay(random.nextInt(60_000) - 10_000);
			for (String pattern : new String[] { "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd",
					"yyyyMMdd" }) {
				String text = date.format(DateTimeFormatter.ofPattern(pattern));
				assertThat(DateReader.readDate(text, DateReading.DAY_FIRST, ZoneId.of("UTC"))).as(text)
					.isEqualTo(Outcome.ok(date));
			}
			for (String pattern : new String[] { "MM/dd/yyyy", "M/d/yyyy" }) {
				String text = date.format(DateTimeFormatter.ofPattern(pattern));
				assertThat(DateReader.readDate(text, DateReading.MONTH_FIRST, ZoneId.of("UTC"))).as(text)
					.isEqualTo(Outcome.ok(date));
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void decimalsReadBackInBothStylesWithTheirScale(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 500; i++) {
			int scale = random.nextInt(4);
			BigDecimal number = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, 0)
				.movePointLeft(scale)
				.setScale(scale, RoundingMode.UNNECESSARY);
			check(number, Locale.forLanguageTag("sv-SE"), NumberReading.COMMA_DECIMAL);
			check(number, Locale.forLanguageTag("de-DE"), NumberReading.COMMA_DECIMAL);
			check(number, Locale.US, NumberReading.DOT_DECIMAL);
		}
	}

	private static void check(BigDecimal number, Locale locale, NumberReading reading) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
		format.setMinimumFractionDigits(number.scale());
		format.setMaximumFractionDigits(number.scale());
		String text = format.format(number);
		assertThat(DecimalReader.read(text, reading)).as(text).isEqualTo(Outcome.ok(number));
		String plain = number.toPlainString().replace('.', (reading == NumberReading.COMMA_DECIMAL) ? ',' : '.');
		assertThat(DecimalReader.read(plain, reading)).as(plain).isEqualTo(Outcome.ok(number));
	}

}
