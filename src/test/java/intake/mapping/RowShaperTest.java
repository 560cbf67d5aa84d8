package intake.mapping;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowShaperTest {

	private static final ImportType COMPANIES = ImportTypes.get("companies");

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Anna Maria Berg|Anna Maria|Berg", "Berg, Anna|Anna|Berg", "'  Anna   Berg  '|Anna|Berg",
					"Berg|''|Berg", "'Berg,Anna Maria'|Anna Maria|Berg", "''|''|''",
					"Lars-Åke af Klint|Lars-Åke af|Klint" })
	void aFullNameSplitsIntoFirstNamesAndTheSurname(String name, String first, String last) {
		assertThat(RowShaper.splitName(name)).containsExactly(first, last);
	}

	@Test
	void withoutShapingRowsPassThroughUnchanged() {
		RowShaper shaper = new RowShaper(2, Map.of("CompanyName", 0), Shaping.NONE);
		List<String> cells = List.of("Alfa AB", "x");
		assertThat(shaper.isIdentity()).isTrue();
		assertThat(shaper.shape(cells)).isSameAs(cells);
		assertThat(shaper.fieldColumns()).containsExactlyInAnyOrderEntriesOf(Map.of("CompanyName", 0));
	}

	@Test
	void constantsCombinationsAndSplitsGetCellsAfterTheFileColumns() {
		Shaping shaping = new Shaping(Map.of("CompanyCountry", "SE"), Map.of(),
				List.of(new Shaping.Combine("CompanyPostStreet", List.of(2, 1), "\n")),
				List.of(new Shaping.Split(3, List.of("ContactFirstName", "ContactLastName"))));
		RowShaper shaper = new RowShaper(4, Map.of("CompanyName", 0), shaping);
		List<String> shaped = shaper.shape(List.of("Alfa AB", " Box 12 ", "Storgatan 1", "Anna Maria Berg"));
		Map<String, Integer> at = shaper.fieldColumns();
		assertThat(shaped.get(at.get("CompanyName"))).isEqualTo("Alfa AB");
		assertThat(shaped.get(at.get("CompanyCountry"))).isEqualTo("SE");
		assertThat(shaped.get(at.get("CompanyPostStreet"))).isEqualTo("Storgatan 1\nBox 12");
		assertThat(shaped.get(at.get("ContactFirstName"))).isEqualTo("Anna Maria");
		assertThat(shaped.get(at.get("ContactLastName"))).isEqualTo("Berg");
		// problems point at the file: the constant at no column, the combination at its
		// first column, the split parts at the split column
		assertThat(shaper.sourceColumn(at.get("CompanyCountry"))).isEqualTo(-1);
		assertThat(shaper.sourceColumn(at.get("CompanyPostStreet"))).isEqualTo(2);
		assertThat(shaper.sourceColumn(at.get("ContactLastName"))).isEqualTo(3);
		assertThat(shaper.sourceColumns()).containsEntry("CompanyName", 0)
			.containsEntry("CompanyCountry", -1)
			.containsEntry("CompanyPostStreet", 2)
			.containsEntry("ContactFirstName", 3);
	}

	@Test
	void combiningSkipsEmptyCellsAndMissingCells() {
		Shaping shaping = new Shaping(Map.of(), Map.of(),
				List.of(new Shaping.Combine("CompanyPostStreet", List.of(0, 1, 2), ", ")), List.of());
		RowShaper shaper = new RowShaper(3, Map.of(), shaping);
		int street = shaper.fieldColumns().get("CompanyPostStreet");
		assertThat(shaper.shape(List.of("Storgatan 1", "  ", "Uppgång B")).get(street))
			.isEqualTo("Storgatan 1, Uppgång B");
		assertThat(shaper.shape(List.of("", "")).get(street)).isEmpty();
	}

	@Test
	void valueMapsReplaceCellsTrimmedAndCaseInsensitivelyBeforeEverythingElse() {
		Shaping shaping = new Shaping(Map.of(),
				Map.of(0, Map.of("Kund", "customer", "Prospekt", "lead"), 1,
						Map.of("Aktiv", "true", "Inaktiv", "false")),
				List.of(new Shaping.Combine("CompanyNote", List.of(0, 1), "/")), List.of());
		RowShaper shaper = new RowShaper(2, Map.of("CompanyKind", 0), shaping);
		List<String> shaped = shaper.shape(List.of("  KUND ", "inaktiv"));
		assertThat(shaped.get(0)).isEqualTo("customer");
		assertThat(shaped.get(1)).isEqualTo("false");
		assertThat(shaped.get(shaper.fieldColumns().get("CompanyNote"))).isEqualTo("customer/false");
		assertThat(shaper.shape(List.of("Partner", "Aktiv")).get(0)).isEqualTo("Partner");
	}

	@Test
	void aShapingIsCheckedAgainstTheColumnsItGoesWith() {
		ColumnMapping mapping = new HeaderMatcher(COMPANIES)
			.match(List.of("Företagsnamn", "Adress", "Adress 2", "Namn"));
		assertThat(mapping.fieldAt(0)).contains("CompanyName");
		assertProblem(mapping, new Shaping(Map.of("CompanyName", "X"), Map.of(), List.of(), List.of()),
				MappingProblem.DUPLICATE_FIELD, List.of(0));
		assertProblem(mapping, new Shaping(Map.of("ProductNo", "1"), Map.of(), List.of(), List.of()),
				MappingProblem.UNKNOWN_FIELD, List.of());
		assertProblem(
				mapping, new Shaping(Map.of(), Map.of(),
						List.of(new Shaping.Combine("CompanyName", List.of(1, 2), " ")), List.of()),
				MappingProblem.DUPLICATE_FIELD, List.of(0, 1, 2));
		assertProblem(
				mapping, new Shaping(Map.of(), Map.of(),
						List.of(new Shaping.Combine("CompanyNote", List.of(1, 9), " ")), List.of()),
				MappingProblem.UNKNOWN_COLUMN, List.of(9));
		assertProblem(mapping, new Shaping(Map.of(), Map.of(),
				List.of(new Shaping.Combine("CompanyNote", List.of(1), " ")), List.of()), MappingProblem.INVALID_RULE,
				List.of(1));
		assertProblem(mapping,
				new Shaping(Map.of(), Map.of(), List.of(),
						List.of(new Shaping.Split(3, List.of("ContactFirstName", "ContactLastName")),
								new Shaping.Split(2, List.of("ContactName", "ContactLastName")))),
				MappingProblem.DUPLICATE_FIELD, List.of(3, 2));
		assertProblem(mapping, new Shaping(Map.of(), Map.of(7, Map.of("a", "b")), List.of(), List.of()),
				MappingProblem.UNKNOWN_COLUMN, List.of(7));
		new Shaping(Map.of("CompanyCountry", "SE"), Map.of(1, Map.of("a", "b")),
				List.of(new Shaping.Combine("CompanyNote", List.of(1, 2), " ")),
				List.of(new Shaping.Split(3, List.of("ContactFirstName", "ContactLastName"))))
			.check(COMPANIES, mapping);
	}

	private static void assertProblem(ColumnMapping mapping, Shaping shaping, MappingProblem problem,
			List<Integer> columns) {
		assertThatThrownBy(() -> shaping.check(COMPANIES, mapping)).isInstanceOfSatisfying(MappingException.class,
				(ex) -> {
					assertThat(ex.problem()).isEqualTo(problem);
					assertThat(ex.columns()).isEqualTo(columns);
					assertThat(ex.getMessage()).isNotBlank();
				});
	}

}
