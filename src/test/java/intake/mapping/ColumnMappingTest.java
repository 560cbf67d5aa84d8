package intake.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.schema.RequiredRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ColumnMappingTest {

	private static final ImportType COMPANIES = ImportTypes.get("companies");

	// 0 Företagsnamn, 1 Adress, 2 Ort, 3 Övrigt, 4 Telefon, 5 Stad
	private final ColumnMapping mapping = new HeaderMatcher(COMPANIES)
		.match(List.of("Företagsnamn", "Adress", "Ort", "Övrigt", "Telefon", "Stad"));

	@Test
	void fieldAtAndFieldColumnsDescribeMappedColumns() {
		assertThat(this.mapping.fieldAt(0)).contains("CompanyName");
		assertThat(this.mapping.fieldAt(3)).isEmpty();
		assertThat(this.mapping.fieldAt(99)).isEmpty();
		assertThat(this.mapping.fieldColumns()).containsExactly(Map.entry("CompanyName", 0),
				Map.entry("CompanyPostStreet", 1), Map.entry("CompanyPostCity", 2), Map.entry("CompanyPhone", 4));
	}

	@Test
	void assignSetsIgnoresAndKeepsTheRest() {
		ColumnMapping changed = this.mapping.assign(COMPANIES,
				Map.of(3, Optional.of("CompanyNote"), 4, Optional.empty(), 5, Optional.of("CompanyVisitCity")));

		assertThat(changed.fieldAt(3)).contains("CompanyNote");
		assertThat(changed.columns().get(3).confidence()).isEqualTo(1.0);
		assertThat(changed.fieldAt(4)).isEmpty();
		assertThat(changed.columns().get(4).confidence()).isZero();
		assertThat(changed.columns().get(4).suggestions()).first().isEqualTo("CompanyPhone");
		assertThat(changed.fieldAt(5)).contains("CompanyVisitCity");
		assertThat(changed.columns().subList(0, 3)).isEqualTo(this.mapping.columns().subList(0, 3));
	}

	@Test
	void assigningMovesAFieldWhenItsOldColumnIsReleasedInTheSameChange() {
		ColumnMapping changed = this.mapping.assign(COMPANIES,
				Map.of(2, Optional.empty(), 5, Optional.of("CompanyPostCity")));
		assertThat(changed.fieldColumns()).containsEntry("CompanyPostCity", 5);
	}

	@Test
	void twoColumnsForOneFieldAreRefusedNamingBoth() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> this.mapping.assign(COMPANIES, Map.of(5, Optional.of("CompanyPostCity"))))
			.satisfies((e) -> {
				assertThat(e.problem()).isEqualTo(MappingProblem.DUPLICATE_FIELD);
				assertThat(e.columns()).containsExactly(2, 5);
				assertThat(e.field()).contains("CompanyPostCity");
				assertThat(e.getMessage())
					.isEqualTo("Columns 2 (Ort) and 5 (Stad) both map to CompanyPostCity; a field takes one column");
			});
	}

	@Test
	void aFieldTheTypeDoesNotHaveIsRefused() {
		for (String key : List.of("ProductName", "NoSuchField")) {
			assertThatExceptionOfType(MappingException.class)
				.isThrownBy(() -> this.mapping.assign(COMPANIES, Map.of(3, Optional.of(key))))
				.satisfies((e) -> {
					assertThat(e.problem()).isEqualTo(MappingProblem.UNKNOWN_FIELD);
					assertThat(e.columns()).containsExactly(3);
					assertThat(e.getMessage()).contains(key).contains("Övrigt");
				});
		}
	}

	@Test
	void aColumnOutsideTheFileIsRefused() {
		for (int index : new int[] { 6, -1 }) {
			assertThatExceptionOfType(MappingException.class)
				.isThrownBy(() -> this.mapping.assign(COMPANIES, Map.of(index, Optional.of("CompanyNote"))))
				.satisfies((e) -> {
					assertThat(e.problem()).isEqualTo(MappingProblem.UNKNOWN_COLUMN);
					assertThat(e.columns()).containsExactly(index);
				});
		}
	}

	@Test
	void theMappingIsUnchangedWhenAssignFails() {
		List<ColumnMatch> before = List.copyOf(this.mapping.columns());
		Map<Integer, Optional<String>> changes = new HashMap<>();
		changes.put(3, Optional.of("CompanyNote"));
		changes.put(5, Optional.of("CompanyPostCity"));

		assertThatExceptionOfType(MappingException.class).isThrownBy(() -> this.mapping.assign(COMPANIES, changes));

		assertThat(this.mapping.columns()).isEqualTo(before);
		assertThat(this.mapping.fieldAt(3)).isEmpty();
	}

	@Test
	void missingRequiredListsRequiredFieldsNoColumnMaps() {
		assertThat(this.mapping.missingRequired(COMPANIES)).isEmpty();
		ColumnMapping withoutName = this.mapping.assign(COMPANIES, Map.of(0, Optional.empty()));
		assertThat(withoutName.missingRequired(COMPANIES)).containsExactly("CompanyName");

		ImportType products = ImportTypes.get("products");
		assertThat(new HeaderMatcher(products).match(List.of("Pris")).missingRequired(products))
			.containsExactly("ProductNo", "ProductName");
	}

	@Test
	void contactsNeedOneOfTheNameFields() {
		ImportType contacts = ImportTypes.get("contacts");
		ColumnMapping noName = new HeaderMatcher(contacts).match(List.of("E-post", "Telefon"));
		assertThat(noName.missingRequired(contacts)).isEmpty();
		assertThat(noName.unmetRules(contacts)).extracting(RequiredRule::anyOf)
			.containsExactly(List.of("ContactFirstName", "ContactLastName", "ContactName"));
		assertThat(new HeaderMatcher(contacts).match(List.of("Efternamn")).unmetRules(contacts)).isEmpty();
	}

	@Test
	void aMappingNeverHoldsOneFieldTwice() {
		ColumnMatch a = new ColumnMatch(0, "Ort", Optional.of("CompanyPostCity"), 1.0, List.of());
		ColumnMatch b = new ColumnMatch(1, "Stad", Optional.of("CompanyPostCity"), 1.0, List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnMapping(List.of(a, b)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ColumnMatch(0, "Ort", Optional.empty(), 0.5, List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ColumnMatch(0, "Ort", Optional.of("A"), 0.5, List.of("A")));
	}

}
