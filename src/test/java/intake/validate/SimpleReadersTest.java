package intake.validate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleReadersTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "1,true", "0,false", "ja,true", "JA,true", "nej,false", "nei,false", "Nei,false", "yes,true",
			"no,false", "true,true", "TRUE,true", "True,true", "false,false", "FALSE,false", "x,true", "X,true",
			"sant,true", "falskt,false" })
	void readsBooleans(String input, boolean expected) {
		assertThat(BooleanReader.read(input)).isEqualTo(Outcome.ok(expected));
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(strings = { "maybe", "2", "-1", "y", "n", "jo", "nope", "on", "off", "10", "xx", "true false" })
	void refusesOtherBooleanWordsListingTheAcceptedOnes(String input) {
		assertThat(BooleanReader.read(input)).isEqualTo(Outcome.fail("'" + input
				+ "' is not a yes/no value (accepted: 1, ja, yes, true, x, sant for yes; 0, nej, nei, no, false, falskt for no)"));
	}

	@ParameterizedTest(name = "{0} is an e-mail address")
	@ValueSource(strings = { "anna@example.se", "anna.svensson@example.co.uk", "first+tag@sub.example.com",
			"o'brien@example.ie", "åsa@exempel.se", "info@xn--rksmrgs-5wao1o.se", "a@b.cd", "ANNA@EXAMPLE.SE",
			"user_name-1@example-domain.no", "x@lång.example.fi" })
	void acceptsEmailAddresses(String input) {
		assertThat(EmailReader.read(input)).isEqualTo(Outcome.ok(input));
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(strings = { "anna@example", "anna", "anna@@example.se", "anna@exa mple.se", "anna svensson@example.se",
			"@example.se", "anna@.se", "anna.@example.se", ".anna@example.se", "an..na@example.se", "anna@example.s",
			"anna@example.se.", "anna@-example.se", "anna@example..se", "a@b@example.se" })
	void refusesNonEmailAddresses(String input) {
		assertThat(EmailReader.read(input)).isEqualTo(Outcome.fail("'" + input + "' is not a valid e-mail address"));
	}

	@Test
	void refusesEmailAddressesLongerThan254Characters() {
		String address = "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".se";
		assertThat(address).hasSizeGreaterThan(244);
		assertThat(EmailReader.valid(address)).isEqualTo(address.length() <= 254);
		assertThat(EmailReader.valid("a".repeat(65) + "@example.se")).isFalse();
	}

	@ParameterizedTest(name = "{0} is a web address")
	@ValueSource(strings = { "www.example.se", "example.se", "example.se/path", "http://example.se",
			"https://www.example.se/kontakt?lang=sv#top", "HTTPS://EXAMPLE.SE", "https://bygg-åkesson.se",
			"example.co.uk:8080/x", "http://192.168.1.10/admin", "https://example.se/@anna" })
	void acceptsWebAddresses(String input) {
		assertThat(UrlReader.read(input)).isEqualTo(Outcome.ok(input));
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(strings = { "www.example .se", "example", "n/a", "anna@example.se", "ftp://example.se",
			"mailto:anna@example.se", "http://", "see website", "-", "example.s", "https://exa_mple.se" })
	void refusesNonWebAddresses(String input) {
		assertThat(UrlReader.read(input)).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.message()).startsWith("'" + input + "' is not a web address"));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "SE,SE", "se,SE", "Se,SE", "NO,NO", "dk,DK", "Sverige,SE", "sverige,SE", "SVERIGE,SE", "Sweden,SE",
			"Norge,NO", "Norway,NO", "Noreg,NO", "Danmark,DK", "Denmark,DK", "Suomi,FI", "Finland,FI", "Åland,AX",
			"Aland,AX", "Storbritannien,GB", "United Kingdom,GB", "UK,GB", "USA,US", "Förenta staterna,US",
			"Tyskland,DE", "Tyskland,DE", "Deutschland,DE", "Island,IS", "Færøyene,FO", "Färöarna,FO", "SWE,SE",
			"NA,NA", "Namibia,NA", "Nederland,NL", "Holland,NL" })
	void readsCountriesByCodeOrName(String input, String expected) {
		assertThat(CountryReader.read(input)).isEqualTo(Outcome.ok(expected));
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(
			strings = { "XX", "Svea", "Nordic", "ZZ", "Europe", "S", "Skandinavien", "123", "Sverige AB", "Norrland" })
	void refusesUnknownCountries(String input) {
		assertThat(CountryReader.read(input)).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.message()).startsWith("'" + input + "' is not a country"));
	}

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@CsvSource({ "08-123 456 78,SE,+46812345678", "070-123 45 67,SE,+46701234567", "+46 70 123 45 67,NO,+46701234567",
			"0046 70 123 45 67,SE,+46701234567", "22 12 34 56,NO,+4722123456", "+47 22 12 34 56,SE,+4722123456",
			"(08) 123 456 78,SE,+46812345678", "32 12 34 56,DK,+4532123456", "09 1234 5678,FI,+35891234 5678",
			"020-123 456,SE,+4620123456" })
	void addsTheE164FormOfPossibleNumbers(String input, String country, String expected) {
		assertThat(PhoneReader.read(input, country))
			.isEqualTo(new Outcome.Ok(input, List.of(), Map.of("E164", expected.replace(" ", ""))));
	}

	@ParameterizedTest(name = "{0} in {1} is only a warning")
	@CsvSource({ "12,SE", "ask for Anna,SE", "123,NO", "+46 1,SE", "070-123 45 67 89 00 11,SE", "abc,NO", "0,FI",
			"++46,SE", "1-2,DK", "08,SE" })
	void keepsImpossibleNumbersWithAWarning(String input, String country) {
		assertThat(PhoneReader.read(input, country)).isInstanceOfSatisfying(Outcome.Ok.class, (ok) -> {
			assertThat(ok.value()).isEqualTo(input);
			assertThat(ok.extras()).isEmpty();
			assertThat(ok.warnings()).singleElement()
				.asString()
				.startsWith("'" + input + "' does not look like a phone number in " + country);
		});
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Kund       | customer
			kund       | customer
			CUSTOMER   | customer
			Leverantör | supplier
			leverantor | supplier
			LEVERANDØR | supplier
			Leverandor | supplier
			Prospekt   | lead
			lead       | lead
			emne       | lead
			""")
	void readsEnumsByKeyOrNameIgnoringCaseAndDiacritics(String input, String expected) {
		assertThat(new EnumReader(Fields.companies().field("CompanyKind")).read(input)).isEqualTo(Outcome.ok(expected));
	}

	@Test
	void refusesUnknownEnumValuesListingTheCanonicalOnes() {
		assertThat(new EnumReader(Fields.companies().field("CompanyKind")).read("Partner"))
			.isEqualTo(Outcome.fail("'Partner' is not one of the accepted values: customer, lead, supplier"));
	}

	@ParameterizedTest(name = "{0} splits into {1}")
	@CsvSource(delimiter = '|', textBlock = """
			a,b,c           | a;b;c
			' VIP , Partner ' | VIP;Partner
			a,,b,           | a;b
			one;two         | one;two
			""")
	void splitsTextListsOnCommasOnly(String input, String expected) {
		List<String> items = TextListReader.items(input);
		assertThat(String.join(";", items)).isEqualTo(expected);
	}

}
