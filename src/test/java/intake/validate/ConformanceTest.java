package intake.validate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Third-party oracles from {@code ../shared/conformance}: missing files fail under
 * {@code CI=true} and skip otherwise; every test asserts how many cases it ran.
 */
class ConformanceTest {

	private static final Path ROOT = Path.of("../shared/conformance");

	/** The oracles' separated formats depend on the date (100th birthdays); fix it. */
	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void organisationsnummerListGivesValidityAndFormsAsListed() {
		JsonNode cases = json("organisationsnummer-meta/testdata/list.json");
		int run = 0;
		for (JsonNode c : cases) {
			String input = c.get("input").asString();
			boolean valid = c.get("valid").asBoolean();
			Optional<Organisationsnummer> parsed = SwedishIds.organisationsnummer(input, TODAY);
			assertThat(parsed.isPresent()).as("valid(%s)", input).isEqualTo(valid);
			assertThat(NaturalKeys.govNo(input)).as("govNo(%s)", input).isEqualTo(c.get("short_format").asString());
			assertThat(NaturalKeys.govNo(c.get("long_format").asString())).isEqualTo(c.get("short_format").asString());
			assertThat(NaturalKeys.govNo(c.get("vat_number").asString())).isEqualTo(c.get("short_format").asString());
			assertThat(GovNoReader.read(input, Optional.of("SE"))).isInstanceOfSatisfying(Outcome.Ok.class,
					(ok) -> assertThat(ok.warnings().isEmpty()).as("no warning for %s", input).isEqualTo(valid));
			if (valid) {
				Organisationsnummer org = parsed.get();
				assertThat(org.shortFormat()).isEqualTo(c.get("short_format").asString());
				assertThat(org.longFormat(TODAY)).isEqualTo(c.get("long_format").asString());
				assertThat(org.vatNumber()).isEqualTo(c.get("vat_number").asString());
				assertThat(org.type()).isEqualTo(c.get("type").asString());
				assertThat(SwedishIds.organisationsnummer(c.get("long_format").asString(), TODAY)).contains(org);
				assertThat(SwedishIds.organisationsnummer(c.get("vat_number").asString(), TODAY))
					.map(Organisationsnummer::shortFormat)
					.contains(org.shortFormat());
			}
			run++;
		}
		assertThat(run).isEqualTo(24);
	}

	@Test
	void personnummerListGivesValidityAndFormsAsListed() {
		JsonNode cases = json("personnummer-meta/testdata/list.json");
		int run = 0;
		for (JsonNode c : cases) {
			boolean valid = c.get("valid").asBoolean();
			for (String format : List.of("long_format", "short_format", "separated_format", "separated_long")) {
				String input = c.get(format).asString();
				assertThat(SwedishIds.personnummer(input, TODAY).isPresent()).as("valid(%s)", input).isEqualTo(valid);
			}
			if (valid) {
				Personnummer pnr = SwedishIds.personnummer(c.get("separated_long").asString(), TODAY).orElseThrow();
				assertThat(pnr.longFormat()).isEqualTo(c.get("long_format").asString());
				assertThat(pnr.shortFormat()).isEqualTo(c.get("short_format").asString());
				assertThat(pnr.separatedFormat(TODAY)).isEqualTo(c.get("separated_format").asString());
				assertThat(pnr.separatedLong(TODAY)).isEqualTo(c.get("separated_long").asString());
				assertThat(pnr.coordinationNumber()).isEqualTo("con".equals(c.get("type").asString()));
				assertThat(SwedishIds.personnummer(c.get("separated_format").asString(), TODAY)).contains(pnr);
			}
			run++;
		}
		assertThat(run).isEqualTo(14);
	}

	@Test
	void organisationNumbersAreNoPersonnummer() {
		JsonNode cases = json("personnummer-meta/testdata/orgnumber.json");
		int run = 0;
		for (JsonNode c : cases) {
			assertThat(SwedishIds.personnummer(c.get("short_format").asString(), TODAY)).isEmpty();
			assertThat(SwedishIds.personnummer(c.get("separated_format").asString(), TODAY)).isEmpty();
			run++;
		}
		assertThat(run).isEqualTo(cases.size()).isPositive();
	}

	@Test
	void csvkitLocaleDecimalsAreDecidedByTheirValuesNotTheTenant() {
		List<List<String>> rows = csv("csvkit/examples/test_locale.csv");
		ImportType type = Fields.type(Fields.field("a", "companies", FieldType.DECIMAL),
				Fields.field("b", "companies", FieldType.DECIMAL), Fields.field("c", "companies", FieldType.DECIMAL));
		TenantSettings us = new TenantSettings("US", Locale.US, ZoneId.of("America/New_York"), "USD");
		for (TenantSettings settings : List.of(TenantSettings.defaults(), us)) {
			List<RowResult> results = validate(type, rows, settings, ValidationOptions.defaults());
			assertThat(results).hasSize(1);
			assertThat(results.get(0).values())
				.isEqualTo(Map.of("a", new BigDecimal("1.7"), "b", new BigDecimal("200000000")));
			assertThat(results.get(0).errors()).isEmpty();
		}
	}

	@Test
	void csvkitLeadingZeroesStayInTextFields() {
		List<List<String>> rows = csv("csvkit/examples/test_no_leading_zeroes.csv");
		ImportType type = Fields.type(Fields.field("a", "companies", FieldType.TEXT),
				Fields.field("b", "companies", FieldType.TEXT), Fields.field("c", "companies", FieldType.TEXT));
		List<RowResult> results = validate(type, rows, TenantSettings.defaults(), ValidationOptions.defaults());
		assertThat(results).hasSize(1);
		assertThat(results.get(0).values()).isEqualTo(Map.of("a", "01", "b", "00.11", "c", "0.1"));
	}

	@Test
	void csvkitBlanksAreEmptyOnlyWhenNullTokensAreOptedIn() {
		List<List<String>> rows = csv("csvkit/examples/blanks.csv");
		List<FieldDef> fields = new ArrayList<>();
		for (String key : rows.get(0)) {
			fields.add(Fields.field(key, "companies", FieldType.TEXT));
		}
		ImportType type = Fields.type(fields.toArray(FieldDef[]::new));

		List<RowResult> plain = validate(type, rows, TenantSettings.defaults(), ValidationOptions.defaults());
		assertThat(plain).hasSize(1);
		assertThat(plain.get(0).values()).isEqualTo(Map.of("b", "NA", "c", "N/A", "d", "NONE", "e", "NULL", "f", "."));

		ValidationOptions tokens = new ValidationOptions(Set.of("NA", "n/a", "None", "NULL"));
		List<RowResult> optedIn = validate(type, rows, TenantSettings.defaults(), tokens);
		assertThat(optedIn).hasSize(1);
		assertThat(optedIn.get(0).values()).isEqualTo(Map.of("f", "."));
	}

	private static List<RowResult> validate(ImportType type, List<List<String>> rows, TenantSettings settings,
			ValidationOptions options) {
		Map<String, Integer> columns = new HashMap<>();
		List<String> header = rows.get(0);
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		ColumnProfiler profiler = new ColumnProfiler(options);
		rows.subList(1, rows.size()).forEach(profiler::accept);
		RowValidator validator = new RowValidator(type, columns, profiler.profiles(), settings, options);
		assertThat(validator.columnWarnings()).isEmpty();
		List<RowResult> results = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			results.add(validator.validate(i + 1, rows.get(i)));
		}
		return results;
	}

	private static Path file(String relative) {
		Path path = ROOT.resolve(relative);
		if (!Files.isRegularFile(path)) {
			String message = "Conformance file missing: " + path.toAbsolutePath();
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		return path;
	}

	private static JsonNode json(String relative) {
		JsonNode node = JSON.readTree(file(relative));
		assertThat(node.isArray()).isTrue();
		return node;
	}

	private static List<List<String>> csv(String relative) {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file(relative))) {
			return reader.stream().map(CsvRecord::getFields).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + relative, ex);
		}
	}

}
