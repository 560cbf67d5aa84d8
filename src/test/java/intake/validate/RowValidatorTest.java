package intake.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import intake.schema.FieldDef;
import intake.schema.ImportType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RowValidatorTest {

	private static final ImportType COMPANIES = Fields.companies();

	private static final List<String> HEADER = COMPANIES.fields().stream().map(FieldDef::key).toList();

	/** A row of the companies type with the given field values, the rest empty. */
	private static List<String> row(Map<String, String> cells) {
		List<String> row = new ArrayList<>(Arrays.asList(new String[HEADER.size()]));
		row.replaceAll((cell) -> "");
		cells.forEach((key, value) -> row.set(HEADER.indexOf(key), value));
		return row;
	}

	private static RowValidator validator(List<List<String>> rows, ValidationOptions options) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < HEADER.size(); i++) {
			columns.put(HEADER.get(i), i);
		}
		ColumnProfiler profiler = new ColumnProfiler(options);
		rows.forEach(profiler::accept);
		return new RowValidator(COMPANIES, columns, profiler.profiles(), TenantSettings.defaults(), options);
	}

	private static RowResult validateOne(Map<String, String> cells) {
		List<String> row = row(cells);
		return validator(List.of(row), ValidationOptions.defaults()).validate(2, row);
	}

	@Test
	void convertsAValidRowToTypedValues() {
		RowResult result = validateOne(Map.ofEntries(Map.entry("CompanyName", "Åkesson AB"),
				Map.entry("CompanyGovNo", "556016-0680"), Map.entry("CompanyIsCorporate", "Ja"),
				Map.entry("CompanyKind", "Leverantör"), Map.entry("CompanyPhone", "08-123 456 78"),
				Map.entry("CompanyEmail", "info@akesson.se"), Map.entry("CompanyWebsite", "www.akesson.se"),
				Map.entry("CompanyCountry", "Sverige"), Map.entry("CompanyPostPostcode", "123 45"),
				Map.entry("CompanyTurnover", "1 234,50"), Map.entry("CompanyNrOfEmp", "12"),
				Map.entry("CompanyCategory", "VIP, Partner"), Map.entry("CompanyDateRegistrered", "31.12.2024")));
		assertThat(result.valid()).isTrue();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.line()).isEqualTo(2);
		assertThat(result.values()).isEqualTo(Map.ofEntries(Map.entry("CompanyName", "Åkesson AB"),
				Map.entry("CompanyGovNo", "556016-0680"), Map.entry("CompanyIsCorporate", true),
				Map.entry("CompanyKind", "supplier"), Map.entry("CompanyPhone", "08-123 456 78"),
				Map.entry("CompanyPhoneE164", "+46812345678"), Map.entry("CompanyEmail", "info@akesson.se"),
				Map.entry("CompanyWebsite", "www.akesson.se"), Map.entry("CompanyCountry", "SE"),
				Map.entry("CompanyPostPostcode", "123 45"), Map.entry("CompanyTurnover", new BigDecimal("1234.50")),
				Map.entry("CompanyNrOfEmp", 12L), Map.entry("CompanyCategory", List.of("VIP", "Partner")),
				Map.entry("CompanyDateRegistrered", LocalDate.of(2024, 12, 31))));
	}

	@Test
	void aMissingRequiredValueIsAnErrorNamingTheField() {
		RowResult result = validateOne(Map.of("CompanyName", " \u00A0", "CompanyEmail", "a@example.se"));
		assertThat(result.valid()).isFalse();
		assertThat(result.errors())
			.containsExactly(new Violation(2, 0, "CompanyName", " \u00A0", "CompanyName is required"));
		assertThat(result.values()).containsOnlyKeys("CompanyEmail");
	}

	@Test
	void aTooLongValueIsAnErrorAndNeverTruncated() {
		RowResult result = validateOne(Map.of("CompanyName", "x".repeat(231)));
		assertThat(result.errors()).extracting(Violation::message)
			.containsExactly("CompanyName is 231 characters; the limit is 200");
		assertThat(result.values()).isEmpty();
		assertThat(validateOne(Map.of("CompanyName", "x".repeat(200))).valid()).isTrue();
	}

	@Test
	void trimsUnicodeSpacesAndStripsOneExcelApostrophe() {
		RowResult result = validateOne(Map.of("CompanyName", "\u3000Åkesson AB\u00A0\u202F", "CompanyId", "'0012345",
				"CompanyPostPostcode", "''12345"));
		assertThat(result.values()).containsEntry("CompanyName", "Åkesson AB")
			.containsEntry("CompanyId", "0012345")
			.containsEntry("CompanyPostPostcode", "'12345");
	}

	@Test
	void phonesUseTheRowsCountryAndOnlyWarnWhenTheyCannotBeNormalised() {
		RowResult norwegian = validateOne(Map.of("CompanyName", "Nordlys AS", "CompanyCountry", "Norge", "CompanyPhone",
				"22 12 34 56", "ContactRoleMobile", "412 34 567"));
		assertThat(norwegian.values()).containsEntry("CompanyPhoneE164", "+4722123456")
			.containsEntry("ContactRoleMobileE164", "+4741234567");

		RowResult bad = validateOne(Map.of("CompanyName", "X", "CompanyPhone", "ring Anna"));
		assertThat(bad.valid()).isTrue();
		assertThat(bad.values()).containsEntry("CompanyPhone", "ring Anna").doesNotContainKey("CompanyPhoneE164");
		assertThat(bad.warnings()).extracting(Violation::field).containsExactly("CompanyPhone");
	}

	@Test
	void postcodesAreCheckedForTheMatchingCountryAndOnlyWarn() {
		RowResult result = validateOne(Map.of("CompanyName", "X", "CompanyCountry", "NO", "CompanyPostPostcode", "150",
				"CompanyInvoiceCountry", "Finland", "CompanyInvoicePostCode", "1234"));
		assertThat(result.valid()).isTrue();
		assertThat(result.values()).containsEntry("CompanyPostPostcode", "150")
			.containsEntry("CompanyInvoicePostCode", "1234");
		assertThat(result.warnings()).extracting(Violation::message)
			.containsExactly(
					"'150' is not a Norwegian postcode (4 digits); leading zero looks dropped: did you mean 0150?",
					"'1234' is not a Finnish postcode (5 digits); leading zero looks dropped: did you mean 01234?");

		RowResult fallback = validateOne(
				Map.of("CompanyName", "X", "CompanyCountry", "DK", "CompanyInvoicePostCode", "800"));
		assertThat(fallback.warnings()).extracting(Violation::message)
			.containsExactly(
					"'800' is not a Danish postcode (4 digits); leading zero looks dropped: did you mean 0800?");

		RowResult tenant = validateOne(Map.of("CompanyName", "X", "CompanyPostPostcode", "1234"));
		assertThat(tenant.warnings()).singleElement().extracting(Violation::message).asString().contains("Swedish");
	}

	@Test
	void organisationNumberChecksumFailuresAreWarnings() {
		RowResult result = validateOne(Map.of("CompanyName", "X", "CompanyGovNo", "556016-0681"));
		assertThat(result.valid()).isTrue();
		assertThat(result.values()).containsEntry("CompanyGovNo", "556016-0681");
		assertThat(result.warnings()).containsExactly(new Violation(2, HEADER.indexOf("CompanyGovNo"), "CompanyGovNo",
				"556016-0681", "'556016-0681' fails the Swedish organisation number checksum; check for a typo"));
	}

	@Test
	void everyBadCellIsAnErrorWithLineColumnFieldAndRawValue() {
		RowResult result = validateOne(Map.of("CompanyName", "X", "CompanyEmail", " anna@example ", "CompanyCountry",
				"Atlantis", "CompanyIsCorporate", "kanske", "CompanyTurnover", "100 kr", "CompanyKind", "Partner"));
		assertThat(result.valid()).isFalse();
		assertThat(result.errors()).extracting(Violation::field, Violation::column, Violation::value)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("CompanyCountry", HEADER.indexOf("CompanyCountry"), "Atlantis"),
					org.assertj.core.groups.Tuple.tuple("CompanyIsCorporate", HEADER.indexOf("CompanyIsCorporate"),
							"kanske"),
					org.assertj.core.groups.Tuple.tuple("CompanyKind", HEADER.indexOf("CompanyKind"), "Partner"),
					org.assertj.core.groups.Tuple.tuple("CompanyEmail", HEADER.indexOf("CompanyEmail"),
							" anna@example "),
					org.assertj.core.groups.Tuple.tuple("CompanyTurnover", HEADER.indexOf("CompanyTurnover"),
							"100 kr"));
		assertThat(result.errors()).extracting(Violation::message)
			.contains("'anna@example' is not a valid e-mail address")
			.allSatisfy((message) -> assertThat(message).isNotBlank());
		assertThat(result.errors()).allSatisfy((violation) -> assertThat(violation.line()).isEqualTo(2));
		assertThat(result.values()).containsOnlyKeys("CompanyName");
	}

	@Test
	void nullTokensAreEmptyOnlyWhenOptedIn() {
		List<String> row = row(Map.of("CompanyName", "X", "CompanyCountry", "NA", "CompanyEmail", "NULL"));
		RowResult plain = validator(List.of(row), ValidationOptions.defaults()).validate(2, row);
		assertThat(plain.values()).containsEntry("CompanyCountry", "NA");
		assertThat(plain.errors()).extracting(Violation::field).containsExactly("CompanyEmail");

		ValidationOptions tokens = new ValidationOptions(Set.of("NA", "NULL"));
		RowResult optedIn = validator(List.of(row), tokens).validate(2, row);
		assertThat(optedIn.valid()).isTrue();
		assertThat(optedIn.values()).containsOnlyKeys("CompanyName");
	}

	@Test
	void anAmbiguousDateColumnFollowsTheLocaleAndSaysSo() {
		List<List<String>> rows = List.of(row(Map.of("CompanyName", "A", "CompanyDateRegistrered", "01/02/2024")),
				row(Map.of("CompanyName", "B", "CompanyDateRegistrered", "03/04/2024")));
		RowValidator validator = validator(rows, ValidationOptions.defaults());
		assertThat(validator.columnWarnings()).containsExactly(new Violation(0,
				HEADER.indexOf("CompanyDateRegistrered"), "CompanyDateRegistrered", "01/02/2024",
				"CompanyDateRegistrered: day and month order is ambiguous in every value (e.g. '01/02/2024'); read as"
						+ " day.month (the tenant's locale) — choose the order if that is wrong"));
		assertThat(validator.validate(2, rows.get(0)).values()).containsEntry("CompanyDateRegistrered",
				LocalDate.of(2024, 2, 1));
	}

	@Test
	void shortRowsReadMissingCellsAsEmpty() {
		RowResult result = validator(List.of(List.of("X")), ValidationOptions.defaults()).validate(7, List.of("X"));
		assertThat(result.valid()).isTrue();
		assertThat(result.values()).isEqualTo(Map.of("CompanyName", "X"));
	}

	@Test
	void refusesMappingsToUnknownFields() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RowValidator(COMPANIES, Map.of("Nope", 0), List.of(),
				TenantSettings.defaults(), ValidationOptions.defaults()));
	}

}
