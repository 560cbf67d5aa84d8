package intake.validate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateReaderTest {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@ParameterizedTest(name = "{0} read {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			31.12.2024 | DAY_FIRST   | 2024-12-31
			1.2.2024   | DAY_FIRST   | 2024-02-01
			01.02.2024 | DAY_FIRST   | 2024-02-01
			2024-03-01 | DAY_FIRST   | 2024-03-01
			2024-03-01 | MONTH_FIRST | 2024-03-01
			31-12-2024 | DAY_FIRST   | 2024-12-31
			31/12/2024 | DAY_FIRST   | 2024-12-31
			20241231   | DAY_FIRST   | 2024-12-31
			12/31/2024 | MONTH_FIRST | 2024-12-31
			3/4/2024   | MONTH_FIRST | 2024-03-04
			3/4/2024   | DAY_FIRST   | 2024-04-03
			29.02.2024 | DAY_FIRST   | 2024-02-29
			31.12.2024 | MIXED       | 2024-12-31
			12/31/2024 | MIXED       | 2024-12-31
			05/05/2024 | MIXED       | 2024-05-05
			31.12.2024 00:00 | DAY_FIRST | 2024-12-31
			""")
	void readsDates(String input, DateReading reading, LocalDate expected) {
		assertThat(DateReader.readDate(input, reading, STOCKHOLM)).isEqualTo(Outcome.ok(expected));
	}

	@ParameterizedTest(name = "{0} is refused: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			31.02.2024 | DAY_FIRST   | '31.02.2024' is not a date (expected e.g. 31.12.2024 or 2024-12-31)
			30.02.2023 | DAY_FIRST   | is not a date
			29.02.2023 | DAY_FIRST   | is not a date
			2024-13-01 | DAY_FIRST   | is not a date
			20241301   | DAY_FIRST   | is not a date
			yesterday  | DAY_FIRST   | is not a date
			1.2.24     | DAY_FIRST   | is not a date
			12/31/2024 | DAY_FIRST   | is not a day.month date like the rest of this column
			31/12/2024 | MONTH_FIRST | (expected e.g. 12/31/2024 or 2024-12-31)
			03/04/2024 | MIXED       | could be 3 April or 4 March
			31.12.2024 25:00 | DAY_FIRST | has no valid time of day
			31.12.2024 13:00 PM | DAY_FIRST | has no valid time of day
			""")
	void refusesDates(String input, DateReading reading, String message) {
		assertThat(DateReader.readDate(input, reading, STOCKHOLM)).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.message()).contains(message));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-01T10:15:00+01:00 | 2024-03-01T10:15+01:00
			2024-03-01T10:15:00Z      | 2024-03-01T10:15Z
			2024-03-01T10:15:30.5Z    | 2024-03-01T10:15:30.500Z
			2024-07-01 10:15          | 2024-07-01T10:15+02:00
			2024-01-15 10:15:20       | 2024-01-15T10:15:20+01:00
			15.01.2024 14:30          | 2024-01-15T14:30+01:00
			01/15/2024 2:30 PM        | 2024-01-15T14:30+01:00
			01/15/2024 12:05 AM       | 2024-01-15T00:05+01:00
			2024-01-15                | 2024-01-15T00:00+01:00
			""")
	void readsDateTimesInTheTenantZoneUnlessAnOffsetIsGiven(String input, OffsetDateTime expected) {
		DateReading reading = input.contains("/") ? DateReading.MONTH_FIRST : DateReading.DAY_FIRST;
		assertThat(DateReader.readDateTime(input, reading, STOCKHOLM)).isEqualTo(Outcome.ok(expected));
	}

	@ParameterizedTest(name = "{0} fits {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-12-31 | ANY_ORDER
			20241231   | ANY_ORDER
			05.05.2024 | ANY_ORDER
			31.12.2024 | DAY_FIRST_ONLY
			13/01/2024 | DAY_FIRST_ONLY
			12/31/2024 | MONTH_FIRST_ONLY
			03/04/2024 | EITHER
			3.4.2024 10:00 | EITHER
			31.02.2024 | NONE
			Anna       | NONE
			1 234,50   | NONE
			""")
	void classifiesWhichOrdersAValueFits(String input, DateFit expected) {
		assertThat(DateReader.classify(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			31.12.2024 14:30 | 2024-12-31
			2024-03-01T23:30:00Z | 2024-03-02
			""")
	void aDateFieldKeepsTheDateOfADateTime(String input, LocalDate expected) {
		assertThat(DateReader.readDate(input, DateReading.DAY_FIRST, STOCKHOLM))
			.isInstanceOfSatisfying(Outcome.Ok.class, (ok) -> assertThat(ok.value()).isEqualTo(expected));
	}

}
