package intake.validate;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NordicIdsTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	@ParameterizedTest(name = "{0} is a valid organisation number ({1})")
	@CsvSource({ "556016-0680,SE", "5560160680,SE", "165560160680,SE", "SE556016068001,SE", "556103-4249,",
			"5592440001,", "212000-0142,SE", "802002-4280,", "121212-1212,SE", "923 609 016,NO", "NO 923 609 016 MVA,",
			"923609016MVA,NO", "985 399 077,NO", "ABC 123,DE", "HRB 12345,", "12345,", "FI12345678,FI" })
	void acceptsValidNumbersWithoutWarning(String input, String country) {
		assertThat(GovNoReader.read(input, Optional.ofNullable(country))).isEqualTo(Outcome.ok(input));
	}

	@ParameterizedTest(name = "{0} warns: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			556016-0681        | SE | '556016-0681' fails the Swedish organisation number checksum; check for a typo
			5560160681         |    | fails the Swedish organisation number checksum
			165560160681       |    | fails the Swedish organisation number checksum
			SE556016068101     |    | fails the Swedish organisation number checksum
			556103-4250        |    | fails the Swedish organisation number checksum
			121312-1211        |    | is neither a Swedish organisation number nor a personal identity number
			ABC123             | SE | is not a Swedish organisation number (expected 10 digits, e.g. 556016-0680)
			923 609 017        |    | '923 609 017' fails the Norwegian organisation number checksum; check for a typo
			NO 923 609 015 MVA |    | fails the Norwegian organisation number checksum
			5560160680         | NO | is not a Norwegian organisation number (expected 9 digits, e.g. 923 609 016)
			923609016          | SE | is not a Swedish organisation number
			""")
	void warnsButKeepsNumbersThatFailTheirCheck(String input, String country, String message) {
		assertThat(GovNoReader.read(input, Optional.ofNullable(country))).isInstanceOfSatisfying(Outcome.Ok.class,
				(ok) -> {
					assertThat(ok.value()).isEqualTo(input);
					assertThat(ok.warnings()).singleElement().asString().contains(message);
				});
	}

	@ParameterizedTest(name = "{0} is matched as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			556016-0680        | 5560160680
			5560160680         | 5560160680
			165560160680       | 5560160680
			SE556016068001     | 5560160680
			se 556016-0680 01  | 5560160680
			NO 923 609 016 MVA | 923609016
			923 609 016        | 923609016
			923609016MVA       | 923609016
			de-123.456 x       | DE123456X
			' 0012345 '        | 0012345
			""")
	void canonicalGovNoForms(String input, String expected) {
		assertThat(NaturalKeys.govNo(input)).isEqualTo(expected);
	}

	@Test
	void textKeysKeepCaseAndLeadingZeros() {
		assertThat(NaturalKeys.text("  0012345\u00A0")).isEqualTo("0012345");
		assertThat(NaturalKeys.text("Ab-12")).isEqualTo("Ab-12");
	}

	@ParameterizedTest(name = "{0} is a personnummer")
	@CsvSource({ "811218-9876,19811218", "8112189876,19811218", "19811218-9876,19811218", "198112189876,19811218",
			"121212+1212,19121212", "1212121212,20121212", "701063-2391,19701003", "19701063-2391,19701003" })
	void acceptsPersonnummerAndSamordningsnummer(String input, String birthDate) {
		assertThat(SwedishIds.personnummer(input, TODAY))
			.hasValueSatisfying((pnr) -> assertThat(pnr.birthDate()).isEqualTo(LocalDate
				.parse(birthDate.substring(0, 4) + "-" + birthDate.substring(4, 6) + "-" + birthDate.substring(6))));
	}

	@ParameterizedTest(name = "{0} is not a personnummer")
	@ValueSource(strings = { "811218-9875", "811318-9876", "811232-9876", "811218-0000", "8112189", "81121898765",
			"811218 9876", "abcdef-ghij", "", "19811218-98765" })
	void refusesInvalidPersonnummer(String input) {
		assertThat(SwedishIds.personnummer(input, TODAY)).isEmpty();
	}

	@Test
	void formatsPersonnummerWithThePlusSignFromTheHundredthBirthday() {
		Personnummer pnr = SwedishIds.personnummer("191212121212", TODAY).orElseThrow();
		assertThat(pnr.separatedFormat(TODAY)).isEqualTo("121212+1212");
		assertThat(pnr.separatedFormat(LocalDate.of(2012, 12, 11))).isEqualTo("121212-1212");
		assertThat(pnr.longFormat()).isEqualTo("191212121212");
		assertThat(pnr.coordinationNumber()).isFalse();
		assertThat(SwedishIds.personnummer("701063-2391", TODAY).orElseThrow().coordinationNumber()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "923609016,true", "985399077,true", "923609017,false", "123456789,false", "12345678,false" })
	void checksNorwegianOrganisationNumbersByMod11(String input, boolean valid) {
		assertThat(NorwegianIds.organisasjonsnummer(input)).isEqualTo(valid);
	}

}
