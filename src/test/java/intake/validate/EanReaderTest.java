package intake.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EanReaderTest {

	@ParameterizedTest(name = "{0} is a valid GTIN")
	@CsvSource(delimiter = '|', textBlock = """
			96385074        | GTIN-8 (EAN-8)
			036000291452    | UPC-A
			7310865004703   | EAN-13
			0761234567898   | EAN-13 with a leading zero
			4006381333931   | EAN-13
			00012345678905  | GTIN-14
			10614141000415  | GTIN-14 of a case
			7 310865 004703 | EAN-13 with spaces
			""")
	void keepsValidCodesAsWrittenWithoutWarning(String input, String kind) {
		assertThat(EanReader.read(input)).as(kind).isEqualTo(Outcome.ok(input));
	}

	@ParameterizedTest(name = "{0}: check digit should be {1}")
	@CsvSource(delimiter = '|', textBlock = """
			96385075       | 4 | EAN-8
			036000291453   | 2 | UPC-A
			7310865004704  | 3 | EAN-13
			0761234567891  | 8 | EAN-13
			00012345678906 | 5 | GTIN-14
			""")
	void aWrongCheckDigitIsAWarningSayingWhichDigitIsRight(String input, int expected, String kind) {
		assertThat(EanReader.read(input)).isInstanceOfSatisfying(Outcome.Ok.class, (ok) -> {
			assertThat(ok.value()).isEqualTo(input);
			assertThat(ok.warnings()).singleElement()
				.asString()
				.contains("'" + input + "'")
				.contains("wrong " + kind + " check digit")
				.contains("check digit should be " + expected);
		});
	}

	@ParameterizedTest(name = "{0} is no GTIN: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			123456789      | it has 9 digits where EAN-8, UPC-A, EAN-13 and GTIN-14 have 8, 12, 13 or 14
			0012345        | it has 7 digits
			123456789012345 | it has 15 digits
			73108650047O3  | it should have digits only
			ABC-123        | it should have digits only
			""")
	void aValueThatIsNoGtinIsKeptWithAWarning(String input, String message) {
		assertThat(EanReader.read(input)).isInstanceOfSatisfying(Outcome.Ok.class, (ok) -> {
			assertThat(ok.value()).isEqualTo(input);
			assertThat(ok.warnings()).singleElement().asString().contains(message).endsWith("kept as written");
		});
	}

	@ParameterizedTest(name = "{0} has check digit {1}")
	@CsvSource({ "9638507,4", "03600029145,2", "731086500470,3", "0001234567890,5" })
	void computesTheGs1CheckDigit(String body, int expected) {
		assertThat(EanReader.checkDigit(body)).isEqualTo(expected);
	}

}
