package intake.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import intake.mapping.ColumnMapping;
import intake.mapping.HeaderMatcher;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.source.CsvSources;
import intake.source.Detection;
import intake.source.RowSource;
import intake.source.SourceRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real import files from other products (EXPECTED.md, "Real import files") through the
 * pipeline: detection and reading ({@link CsvSources}), header matching
 * ({@link HeaderMatcher}) plus the mapping a user would set by hand, and
 * {@link RowValidator} with a Swedish tenant. Missing files fail under {@code CI=true}
 * and skip otherwise; every test asserts how many rows it ran.
 */
class RealImportFilesTest {

	private static final Path ROOT = Path.of("../shared/conformance");

	private static final String FRAPPE = "frappe/frappe/core/doctype/data_import/fixtures/";

	private static final String ODOO = "odoo/addons/base_import/static/csv/";

	@Test
	void frappeTasksAreTrimmedTheirDatesParseAndTheRowWithoutTitleIsReportedByLine() {
		Imported file = read(FRAPPE + "sample_import_file.csv", "tasks",
				Map.of("Child 2 Date (Table Field 2)", "TaskDateStart"));
		assertThat(file.detection().delimiter()).isEqualTo(',');
		assertThat(file.header().get(0)).isEqualTo("Title");
		assertThat(file.header().get(1)).isEqualTo("Description");
		assertThat(file.mapping().fieldAt(0)).contains("TaskTitle");
		assertThat(file.mapping().columns().get(0).confidence()).isEqualTo(1.0);
		assertThat(file.validator().columnWarnings()).isEmpty();
		assertThat(file.results()).hasSize(4);

		assertThat(file.result(2).values()).containsEntry("TaskTitle", "Test")
			.containsEntry("TaskDescription", "test description")
			.containsEntry("TaskDateStart", OffsetDateTime.parse("2019-08-14T00:00+02:00"));
		assertThat(file.result(4).values()).containsEntry("TaskTitle", "Test 2").doesNotContainKey("TaskDateStart");
		assertThat(file.result(5).values()).containsEntry("TaskTitle", "Test 3")
			.containsEntry("TaskDateStart", OffsetDateTime.parse("2019-08-15T00:00+02:00"));
		assertThat(file.invalidLines()).containsExactly(3L);
		assertThat(file.result(3).errors()).singleElement().satisfies((e) -> {
			assertThat(e.field()).isEqualTo("TaskTitle");
			assertThat(e.column()).isZero();
			assertThat(e.message()).isEqualTo("Title is required");
		});
		assertThat(file.warnings()).isZero();
	}

	@Test
	void frappeTasksWithoutMandatoryTitlesReportBothRowsByLine() {
		Imported file = read(FRAPPE + "sample_import_file_without_mandatory.csv", "tasks",
				Map.of("Child 2 Date (Table Field 2)", "TaskDateStart"));
		assertThat(file.header().get(0)).isEqualTo("Title");
		assertThat(file.mapping().fieldAt(0)).contains("TaskTitle");
		assertThat(file.results()).hasSize(4);
		assertThat(file.result(2).values()).containsEntry("TaskTitle", "Test 5")
			.containsEntry("TaskDateStart", OffsetDateTime.parse("2019-08-14T00:00+02:00"));
		assertThat(file.result(5).values()).containsEntry("TaskTitle", "Test 4")
			.containsEntry("TaskDescription", "test description 3")
			.containsEntry("TaskDateStart", OffsetDateTime.parse("2019-08-15T00:00+02:00"));
		assertThat(file.invalidLines()).containsExactly(3L, 4L);
		assertThat(file.result(4).errors()).extracting(Violation::message).containsExactly("Title is required");
		assertThat(file.result(4).values()).containsEntry("TaskDescription", "test description 2");
	}

	@Test
	void atomicCrmContactsAllParseWithOffsetDateTimesAndQuotedTagsAsOneValue() {
		Imported file = read("atomic-crm/test-data/contacts.csv", "contacts",
				Map.of("first_seen", "ContactDateOfBirth", "tags", "ContactNote", "background", ""));
		assertThat(file.header()).hasSize(24);
		assertThat(file.rows()).hasSize(500).allSatisfy((row) -> {
			assertThat(row.error()).isEmpty();
			assertThat(row.fields()).hasSize(24);
		});
		assertThat(file.invalidLines()).isEmpty();
		assertThat(file.results()).allSatisfy((r) -> assertThat(r.values()).containsKey("ContactDateOfBirth"));
		// 2024-08-13T18:04:34.666+00:00 is 20:04 in Stockholm: still the 13th
		assertThat(file.result(2).values()).containsEntry("ContactFirstName", "Shelley")
			.containsEntry("ContactDateOfBirth", LocalDate.of(2024, 8, 13));
		assertThat(file.result(6).values()).containsEntry("ContactFirstName", "Robin")
			.containsEntry("ContactNote", "football-fan, musician")
			.containsEntry("ContactDateOfBirth", LocalDate.of(2024, 7, 4));
		assertThat(file.results().stream().filter((r) -> String.valueOf(r.values().get("ContactNote")).contains(",")))
			.hasSize(92);
	}

	@Test
	void atomicCrmExportedContactsParse() {
		Imported file = read("atomic-crm/src/components/atomic-crm/contacts/contacts_export.csv", "contacts",
				Map.of("last_seen", "ContactDateOfBirth", "tags", "ContactNote", "background", ""));
		assertThat(file.results()).hasSize(2);
		assertThat(file.invalidLines()).isEmpty();
		assertThat(file.warnings()).isZero();
		// 2024-07-01T11:54:49.95+00:00
		assertThat(file.result(2).values()).containsEntry("ContactFirstName", "John")
			.containsEntry("ContactLastName", "Doe")
			.containsEntry("ContactRoleCompanyId", "Acme")
			.containsEntry("ContactNote", "influencer, developer")
			.containsEntry("ContactDateOfBirth", LocalDate.of(2024, 7, 1));
		assertThat(file.result(3).values()).containsEntry("ContactFirstName", "Jane")
			.containsEntry("ContactNote", "UI, design")
			.containsEntry("ContactEmail2", "jane@doe.example")
			.doesNotContainKey("ContactRoleEmail");
	}

	@Test
	void salesforceIdsLoseTheIdeographicSpacesAroundThem() {
		Imported file = read("salesforce-dataloader/src/test/resources/testfiles/data/upsertAccountSmallTemplate.csv",
				"companies", Map.of("ORACLE_ID__C", "CompanyId"));
		assertThat(file.rows().get(0).fields().get(6)).startsWith("\u3000").endsWith("\u3000");
		assertThat(file.results()).hasSize(10);
		assertThat(file.invalidLines()).isEmpty();
		assertThat(file.result(2).values()).containsEntry("CompanyId", "1-000000")
			.containsEntry("CompanyName", "account Upsert #0");
		for (int i = 0; i < 10; i++) {
			assertThat(file.result(i + 2).values()).containsEntry("CompanyId", "1-00000" + i);
		}
	}

	@Test
	void odooPartnerBooleansTrueAndFalseParse() {
		Imported file = read(ODOO + "res.partner.csv", "companies", Map.of("Customer", "CompanyIsCorporate"));
		assertThat(file.mapping().fieldAt(5)).contains("CompanySupplier");
		assertThat(file.results()).hasSize(6);
		assertThat(file.invalidLines()).isEmpty();
		for (long line : List.of(2L, 7L)) {
			assertThat(file.result(line).values()).containsEntry("CompanyIsCorporate", true)
				.containsEntry("CompanySupplier", false);
		}
		assertThat(file.result(3).values()).containsEntry("CompanyName", "Bob")
			.doesNotContainKeys("CompanyIsCorporate", "CompanySupplier");
	}

	@Test
	void odooOneAndTrueBooleansParse() {
		Imported contacts = read(ODOO + "o2m_customers_contacts.csv", "companies",
				Map.of("Is a company", "CompanyIsCorporate"));
		assertThat(contacts.results()).hasSize(8);
		assertThat(contacts.invalidLines()).isEmpty();
		assertThat(contacts.result(2).values()).containsEntry("CompanyName", "Aurora Shelves")
			.containsEntry("CompanyIsCorporate", true);
		assertThat(contacts.result(3).values()).containsEntry("CompanyIsCorporate", false);

		Imported tags = read(ODOO + "m2m_customers_tags.csv", "companies",
				Map.of("Customer", "CompanyIsCorporate", "Tags", "CompanyCategory"));
		assertThat(tags.results()).hasSize(5);
		assertThat(tags.invalidLines()).isEmpty();
		assertThat(tags.results()).allSatisfy((r) -> assertThat(r.values()).containsEntry("CompanyIsCorporate", true));
		assertThat(tags.result(3).values()).containsEntry("CompanyCategory",
				List.of("Consultancy Services", "IT Services"));
	}

	/** A file read, mapped and validated. */
	private record Imported(Detection detection, List<String> header, ColumnMapping mapping, List<SourceRow> rows,
			RowValidator validator, List<RowResult> results) {

		RowResult result(long line) {
			return this.results.stream()
				.filter((r) -> r.line() == line)
				.findFirst()
				.orElseThrow(() -> new AssertionError("No row at line " + line));
		}

		List<Long> invalidLines() {
			return this.results.stream().filter((r) -> !r.valid()).map(RowResult::line).toList();
		}

		long warnings() {
			return this.results.stream().mapToLong((r) -> r.warnings().size()).sum();
		}

	}

	/**
	 * Reads a file with detection, maps its header and then the user's choices (header →
	 * field key, {@code ""} to ignore the column), and validates every row.
	 */
	private static Imported read(String relative, String typeKey, Map<String, String> byHand) {
		Path path = file(relative);
		ImportType type = ImportTypes.get(typeKey);
		Detection detection = CsvSources.detect(path, Optional.empty(), Optional.empty());
		List<String> header;
		List<SourceRow> rows = new ArrayList<>();
		try (RowSource source = CsvSources.open(path, detection, CsvSources.DEFAULT_HEADER_ROW)) {
			header = source.header();
			source.forEachRemaining(rows::add);
		}
		Map<Integer, Optional<String>> choices = new LinkedHashMap<>();
		byHand.forEach((column, field) -> {
			int index = header.indexOf(column);
			assertThat(index).as("column %s in %s", column, header).isNotNegative();
			choices.put(index, field.isEmpty() ? Optional.empty() : Optional.of(field));
		});
		ColumnMapping mapping = new HeaderMatcher(type).match(header).assign(type, choices);
		ValidationOptions options = ValidationOptions.defaults();
		ColumnProfiler profiler = new ColumnProfiler(options);
		rows.forEach((row) -> profiler.accept(row.fields()));
		RowValidator validator = new RowValidator(type, mapping.fieldColumns(), profiler.profiles(),
				TenantSettings.defaults(), options);
		List<RowResult> results = rows.stream().map((row) -> validator.validate(row.line(), row.fields())).toList();
		return new Imported(detection, header, mapping, rows, validator, results);
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

}
