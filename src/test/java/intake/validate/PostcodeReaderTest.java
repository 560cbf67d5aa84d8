package intake.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeReaderTest {

	@ParameterizedTest(name = "{0} fits {1}")
	@CsvSource({ "12345,SE", "123 45,SE", "0150,NO", "9990,NO", "2100,DK", "0900,DK", "00100,FI", "99999,FI",
			"SW1A 1AA,GB", "10115,DE", "ABC,US" })
	void acceptsPostcodesOfTheirCountry(String input, String country) {
		assertThat(PostcodeReader.read(input, country)).isEqualTo(Outcome.ok(input));
	}

	@ParameterizedTest(name = "{0} in {1} warns: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			150     | NO | '150' is not a Norwegian postcode (4 digits); leading zero looks dropped: did you mean 0150?
			800     | DK | leading zero looks dropped: did you mean 0800?
			1234    | FI | leading zero looks dropped: did you mean 01234?
			1234    | SE | has 4 digits; a Swedish postcode has 5 (e.g. 123 45)
			12 345  | SE | is not a Swedish postcode (expected 5 digits, e.g. 123 45)
			123456  | SE | is not a Swedish postcode
			S-12345 | SE | is not a Swedish postcode
			1234 5  | SE | is not a Swedish postcode
			12345   | NO | is not a Norwegian postcode (expected 4 digits, e.g. 0150)
			01500   | NO | is not a Norwegian postcode
			12345   | DK | is not a Danish postcode
			1234A   | FI | is not a Finnish postcode
			""")
	void warnsButKeepsPostcodesThatDoNotFit(String input, String country, String message) {
		assertThat(PostcodeReader.read(input, country)).isInstanceOfSatisfying(Outcome.Ok.class, (ok) -> {
			assertThat(ok.value()).isEqualTo(input);
			assertThat(ok.warnings()).singleElement().asString().contains(message);
		});
	}

}
