package intake.validate;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalReaderTest {

	@ParameterizedTest(name = "{0} read {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1234,50        | COMMA_DECIMAL | 1234.50
			'1 234,50'     | COMMA_DECIMAL | 1234.50
			1\u00A0234,50  | COMMA_DECIMAL | 1234.50
			1\u202F234,50  | COMMA_DECIMAL | 1234.50
			1.234,50       | COMMA_DECIMAL | 1234.50
			-12,5          | COMMA_DECIMAL | -12.5
			\u221212,5     | COMMA_DECIMAL | -12.5
			1,7            | COMMA_DECIMAL | 1.7
			200.000.000    | COMMA_DECIMAL | 200000000
			1,234          | COMMA_DECIMAL | 1.234
			1234           | COMMA_DECIMAL | 1234
			0,5            | COMMA_DECIMAL | 0.5
			1234.50        | DOT_DECIMAL   | 1234.50
			1,234.50       | DOT_DECIMAL   | 1234.50
			1,234          | DOT_DECIMAL   | 1234
			'1 234.5'      | DOT_DECIMAL   | 1234.5
			+3.25          | DOT_DECIMAL   | 3.25
			1234.50        | MIXED         | 1234.50
			1234,50        | MIXED         | 1234.50
			1,234,567      | MIXED         | 1234567
			""")
	void readsDecimalsKeepingTheScaleAsWritten(String input, NumberReading reading, String expected) {
		assertThat(DecimalReader.read(input, reading)).isEqualTo(Outcome.ok(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "{0} is refused: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			100 kr       | COMMA_DECIMAL | '100 kr' contains currency text, which is not allowed
			SEK 100      | COMMA_DECIMAL | currency text
			€100         | DOT_DECIMAL   | currency text
			$5.00        | DOT_DECIMAL   | currency text
			99:-         | COMMA_DECIMAL | currency text
			100 NOK      | COMMA_DECIMAL | currency text
			abc          | COMMA_DECIMAL | 'abc' is not a number (expected e.g. 1 234,50)
			1,2,3        | COMMA_DECIMAL | is not a number
			12 34        | COMMA_DECIMAL | is not a number
			1.2.3,4,5    | COMMA_DECIMAL | is not a number
			1E5          | DOT_DECIMAL   | is not a number
			1234.50      | COMMA_DECIMAL | does not use the decimal comma like the rest of this column
			1,234        | MIXED         | could be 1.234 or 1234
			""")
	void refusesNonNumbers(String input, NumberReading reading, String message) {
		assertThat(DecimalReader.read(input, reading)).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.message()).contains(message));
	}

	@ParameterizedTest(name = "{0} fits {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1234         | PLAIN
			'1 234'      | PLAIN
			-5           | PLAIN
			1,7          | COMMA_ONLY
			1234,5       | COMMA_ONLY
			1.234,50     | COMMA_ONLY
			200.000.000  | COMMA_ONLY
			0,123        | COMMA_ONLY
			1234.50      | DOT_ONLY
			1,234.50     | DOT_ONLY
			1,234,567    | DOT_ONLY
			1,234        | EITHER
			1.234        | EITHER
			25 %         | PLAIN
			Anna         | NONE
			31.12.2024   | NONE
			""")
	void classifiesWhichStylesAValueFits(String input, NumberFit expected) {
		assertThat(DecimalReader.classify(input)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			'1 234'  | COMMA_DECIMAL | 1234
			1.234    | COMMA_DECIMAL | 1234
			1,234    | DOT_DECIMAL   | 1234
			-7       | COMMA_DECIMAL | -7
			12,00    | COMMA_DECIMAL | 12
			0012     | COMMA_DECIMAL | 12
			""")
	void readsWholeNumbers(String input, NumberReading reading, long expected) {
		assertThat(IntegerReader.read(input, reading)).isEqualTo(Outcome.ok(expected));
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			12,5                  | is not a whole number
			1,234                 | is not a whole number
			99999999999999999999  | is too large
			many                  | is not a number
			""")
	void refusesFractionsInWholeNumbers(String input, String message) {
		assertThat(IntegerReader.read(input, NumberReading.COMMA_DECIMAL)).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.message()).contains(message));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			25 %   | 25
			25%    | 25
			25     | 25
			12,5 % | 12.5
			0,25   | 0.25
			100    | 100
			0      | 0
			""")
	void readsPercentagesAsWritten(String input, String expected) {
		assertThat(PercentReader.read(input, NumberReading.COMMA_DECIMAL))
			.isEqualTo(Outcome.ok(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			150 %  | '150 %' is not a percentage from 0 to 100
			-5     | is not a percentage from 0 to 100
			half % | 'half %' is not a number
			""")
	void refusesPercentagesOutsideTheRange(String input, String message) {
		assertThat(PercentReader.read(input, NumberReading.COMMA_DECIMAL)).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.message()).contains(message));
	}

}
