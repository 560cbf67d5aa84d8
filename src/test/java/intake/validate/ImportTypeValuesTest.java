package intake.validate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import intake.schema.FieldType;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of the real import types, one cell at a time through {@link RowValidator}:
 * choices in sv/no/en, percentages, date-times in the tenant's zone, EAN codes and
 * account numbers.
 */
class ImportTypeValuesTest {

	private static final TenantSettings SWEDEN = TenantSettings.defaults();

	@ParameterizedTest(name = "{0}.{1}: {2} is {3}")
	@CsvSource(delimiter = '|', textBlock = """
			opportunities      | SalesOpportunityStatus | 1             | open
			opportunities      | SalesOpportunityStatus | open          | open
			opportunities      | SalesOpportunityStatus | Öppen         | open
			opportunities      | SalesOpportunityStatus | ÅPEN          | open
			opportunities      | SalesOpportunityStatus | 2             | won
			opportunities      | SalesOpportunityStatus | Won           | won
			opportunities      | SalesOpportunityStatus | Vunnen        | won
			opportunities      | SalesOpportunityStatus | vunnet        | won
			opportunities      | SalesOpportunityStatus | 3             | lost
			opportunities      | SalesOpportunityStatus | lost          | lost
			opportunities      | SalesOpportunityStatus | Förlorad      | lost
			opportunities      | SalesOpportunityStatus | Tapt          | lost
			tasks              | TaskType               | task          | task
			tasks              | TaskType               | Uppgift       | task
			tasks              | TaskType               | Oppgave       | task
			tasks              | TaskType               | 1             | task
			tasks              | TaskType               | meeting       | meeting
			tasks              | TaskType               | Möte          | meeting
			tasks              | TaskType               | Møte          | meeting
			tasks              | TaskType               | 3             | meeting
			recurring-invoices | RepeatingInterval      | monthly       | monthly
			recurring-invoices | RepeatingInterval      | Månadsvis     | monthly
			recurring-invoices | RepeatingInterval      | Månedlig      | monthly
			recurring-invoices | RepeatingInterval      | 1             | monthly
			recurring-invoices | RepeatingInterval      | quarterly     | quarterly
			recurring-invoices | RepeatingInterval      | Kvartalsvis   | quarterly
			recurring-invoices | RepeatingInterval      | Halvårsvis    | half-yearly
			recurring-invoices | RepeatingInterval      | Halvårlig     | half-yearly
			recurring-invoices | RepeatingInterval      | yearly        | yearly
			recurring-invoices | RepeatingInterval      | Årsvis        | yearly
			recurring-invoices | RepeatingInterval      | Årlig         | yearly
			recurring-invoices | RepeatingInterval      | 12            | yearly
			notes              | NoteCategoryId         | Anteckning    | note
			notes              | NoteCategoryId         | Notat         | note
			notes              | NoteCategoryId         | Telefonsamtal | phone
			notes              | NoteCategoryId         | Phone         | phone
			notes              | NoteCategoryId         | Möte          | meeting
			notes              | NoteCategoryId         | Møte          | meeting
			notes              | NoteCategoryId         | Försäljning   | sale
			notes              | NoteCategoryId         | Salg          | sale
			notes              | NoteCategoryId         | Faktura       | invoice
			notes              | NoteCategoryId         | Övrigt        | other
			notes              | NoteCategoryId         | Annet         | other
			notes              | NoteCategoryId         | E-post        | email
			notes              | NoteCategoryId         | E-mail        | email
			notes              | NoteCategoryId         | 7             | email
			companies          | CompanyKind            | Kund          | customer
			companies          | CompanyKind            | Privatkunde   | private
			companies          | CompanyKind            | Prospekt      | lead
			companies          | CompanyKind            | Leverandør    | supplier
			""")
	void choicesAreReadByCodeAndBySwedishNorwegianAndEnglishNames(String type, String field, String input,
			String expected) {
		RowResult result = validate(type, field, input, SWEDEN);
		assertThat(result.errors()).isEmpty();
		assertThat(result.values()).containsEntry(field, expected);
	}

	@Test
	void everyChoiceOfEveryTypeAcceptsItsCanonicalName() {
		int checked = 0;
		for (ImportType type : ImportTypes.all()) {
			for (var field : type.fields()) {
				if (field.type() != FieldType.ENUM) {
					continue;
				}
				assertThat(field.choices()).as(field.key()).isNotEmpty();
				for (String canonical : field.choices().keySet()) {
					assertThat(validate(type.key(), field.key(), canonical, SWEDEN).values()).containsEntry(field.key(),
							canonical);
					for (String name : field.choices().get(canonical)) {
						assertThat(validate(type.key(), field.key(), name.toUpperCase(Locale.ROOT), SWEDEN).values())
							.as("%s %s", field.key(), name)
							.containsEntry(field.key(), canonical);
					}
					checked++;
				}
			}
		}
		// CompanyKind in four company types (4 each), notes 7, opportunities 3,
		// recurring invoices 4, tasks 2
		assertThat(checked).isEqualTo(16 + 7 + 3 + 4 + 2);
	}

	@Test
	void anUnknownChoiceIsAnErrorListingTheAcceptedValues() {
		RowResult result = validate("opportunities", "SalesOpportunityStatus", "Pausad", SWEDEN);
		assertThat(result.errors()).singleElement()
			.extracting(Violation::message)
			.isEqualTo("'Pausad' is not one of the accepted values: lost, open, won");
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			25,5%  | 25.5
			25,5 % | 25.5
			60     | 60
			100 %  | 100
			0      | 0
			""")
	void probabilitiesArePercentagesAsWritten(String input, String expected) {
		RowResult result = validate("opportunities", "SalesOpportunityProbability", input, SWEDEN);
		assertThat(result.errors()).isEmpty();
		assertThat(result.values()).containsEntry("SalesOpportunityProbability", new BigDecimal(expected));
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(strings = { "101", "150 %", "-5", "100,5" })
	void aProbabilityAbove100OrBelow0IsAnError(String input) {
		RowResult result = validate("opportunities", "SalesOpportunityProbability", input, SWEDEN);
		assertThat(result.errors()).singleElement()
			.extracting(Violation::message)
			.isEqualTo("'" + input + "' is not a percentage from 0 to 100");
	}

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-07-01 10:15          | Europe/Stockholm | 2024-07-01T10:15+02:00
			2024-07-01 10:15          | UTC              | 2024-07-01T10:15Z
			2024-01-15 10:15          | Europe/Helsinki  | 2024-01-15T10:15+02:00
			2024-07-01T10:15:00+05:30 | Europe/Stockholm | 2024-07-01T10:15+05:30
			2024-07-01T10:15:00Z      | Europe/Oslo      | 2024-07-01T10:15Z
			2024-07-01 12:30 PM       | Europe/Stockholm | 2024-07-01T12:30+02:00
			2024-07-01 12:30 AM       | Europe/Stockholm | 2024-07-01T00:30+02:00
			2024-07-01 9:05 pm        | UTC              | 2024-07-01T21:05Z
			""")
	void taskDateTimesWithoutOffsetAreInTheTenantsZone(String input, String zone, OffsetDateTime expected) {
		TenantSettings settings = new TenantSettings("SE", Locale.forLanguageTag("sv-SE"), ZoneId.of(zone), "SEK");
		RowResult result = validate("tasks", "TaskDateStart", input, settings);
		assertThat(result.errors()).isEmpty();
		assertThat(result.values()).containsEntry("TaskDateStart", expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ProductEAN", "ProductEAN2" })
	void productBarcodesKeepLeadingZerosAndWarnOfAWrongCheckDigit(String field) {
		assertThat(ImportTypes.get("products").field(field).type()).isEqualTo(FieldType.EAN);
		assertThat(FieldType.EAN.jsonName()).isEqualTo("ean");
		RowResult good = validate("products", field, "0761234567898", SWEDEN);
		assertThat(good.warnings()).isEmpty();
		assertThat(good.values()).containsEntry(field, "0761234567898");
		RowResult bad = validate("products", field, "0761234567891", SWEDEN);
		assertThat(bad.valid()).isTrue();
		assertThat(bad.values()).containsEntry(field, "0761234567891");
		assertThat(bad.warnings()).singleElement().satisfies((w) -> {
			assertThat(w.field()).isEqualTo(field);
			assertThat(w.message()).contains("check digit should be 8");
		});
	}

	@Test
	void aStockFileMayIdentifyProductsByEan() {
		assertThat(ImportTypes.get("stock").field("ProductEAN").type()).isEqualTo(FieldType.EAN);
		assertThat(validate("stock", "ProductEAN", "7310865004703", SWEDEN).values()).containsEntry("ProductEAN",
				"7310865004703");
	}

	@ParameterizedTest(name = "{0} in {1} is valid")
	@CsvSource({ "1930,SE", "3001,SE", "8999,SE", "1920,NO", "0100,DK", "123,DK", "1234567890,FI", "0930,US" })
	void accountNumbersThatFitTheCountrysChart(String input, String country) {
		RowResult result = validate("accounts", "AccountNo", input, in(country));
		assertThat(result.errors()).isEmpty();
		assertThat(result.values()).containsEntry("AccountNo", input);
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			193    | SE | 'BAS'
			19300  | SE | the Swedish BAS chart of accounts, which expects 4 digits with the first from 1 to 8
			0930   | SE | the Swedish BAS chart of accounts
			9000   | SE | the Swedish BAS chart of accounts
			19200  | NO | the Norwegian NS 4102 chart of accounts, which expects 4 digits with the first from 1 to 8
			9100   | NO | the Norwegian NS 4102 chart of accounts
			19A0   | SE | is not an account number: write digits only
			1930-1 | DK | is not an account number: write digits only
			19 30  | FI | is not an account number: write digits only
			""")
	void accountNumbersThatBreakTheRulesAreRowErrors(String input, String country, String message) {
		RowResult result = validate("accounts", "AccountNo", input, in(country));
		assertThat(result.valid()).isFalse();
		assertThat(result.values()).doesNotContainKey("AccountNo");
		assertThat(result.errors()).singleElement().satisfies((e) -> {
			assertThat(e.field()).isEqualTo("AccountNo");
			assertThat(e.value()).isEqualTo(input);
			assertThat(e.message()).startsWith("'" + input + "'").contains(message.replace("'BAS'", "BAS"));
		});
	}

	@Test
	void theVatCodeOfAnAccountIsFreeText() {
		assertThat(validate("accounts", "AccountVatNo", "MP1", SWEDEN).values()).containsEntry("AccountVatNo", "MP1");
		assertThat(validate("accounts", "AccountVatNo", "25 %", SWEDEN).values()).containsEntry("AccountVatNo", "25 %");
	}

	private static TenantSettings in(String country) {
		return new TenantSettings(country, Locale.forLanguageTag("sv-SE"), ZoneId.of("Europe/Stockholm"), "SEK");
	}

	/** One row with one mapped cell, validated with the profile of that cell alone. */
	private static RowResult validate(String typeKey, String field, String cell, TenantSettings settings) {
		ImportType type = ImportTypes.get(typeKey);
		ColumnProfiler profiler = new ColumnProfiler();
		profiler.accept(List.of(cell));
		RowValidator validator = new RowValidator(type, Map.of(field, 0), profiler.profiles(), settings,
				ValidationOptions.defaults());
		return validator.validate(2, List.of(cell));
	}

}
