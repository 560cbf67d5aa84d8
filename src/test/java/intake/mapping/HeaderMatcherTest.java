package intake.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class HeaderMatcherTest {

	private static final ImportType COMPANIES = ImportTypes.get("companies");

	private final HeaderMatcher companies = new HeaderMatcher(COMPANIES);

	@Test
	void everyGenCompaniesHeaderMapsAutomatically() {
		List<String> headers = List.copyOf(RealisticHeaders.COMPANIES.keySet());
		ColumnMapping mapping = this.companies.match(headers);
		for (int i = 0; i < headers.size(); i++) {
			assertThat(mapping.fieldAt(i)).as(headers.get(i)).contains(RealisticHeaders.COMPANIES.get(headers.get(i)));
		}
		assertThat(mapping.missingRequired(COMPANIES)).isEmpty();
	}

	@Test
	void aFileOfFieldKeysMapsEveryColumnOfEveryType() {
		for (ImportType type : ImportTypes.all()) {
			List<String> keys = type.fields().stream().map(FieldDef::key).toList();
			ColumnMapping mapping = new HeaderMatcher(type).match(keys);
			for (int i = 0; i < keys.size(); i++) {
				assertThat(mapping.fieldAt(i)).as("%s in %s", keys.get(i), type.key()).contains(keys.get(i));
				assertThat(mapping.columns().get(i).confidence()).isEqualTo(1.0);
			}
		}
	}

	@Test
	void twoColumnsForOneFieldLeaveTheWeakerUnmappedWithTheFieldSuggested() {
		ColumnMapping mapping = this.companies.match(List.of("Postort", "Företagsnamn", "Ort"));

		assertThat(mapping.fieldAt(2)).contains("CompanyPostCity");
		ColumnMatch loser = mapping.columns().get(0);
		assertThat(loser.field()).isEmpty();
		assertThat(loser.confidence()).isZero();
		assertThat(loser.suggestions()).first().isEqualTo("CompanyPostCity");
	}

	@Test
	void equalClaimsGoToTheLeftmostColumn() {
		ColumnMapping mapping = this.companies.match(List.of("Ort", "Namn", "Ort"));

		assertThat(mapping.fieldAt(0)).contains("CompanyPostCity");
		assertThat(mapping.fieldAt(2)).isEmpty();
		assertThat(mapping.columns().get(2).suggestions()).startsWith("CompanyPostCity");
	}

	@Test
	void everyColumnHasConfidenceAndSuggestionsThatNeverRepeatItsField() {
		ColumnMapping mapping = this.companies
			.match(List.of("Företagsnamn", "Org.nr", "Webbplas", "Postnummer", "Kommentar 3", "x"));

		assertThat(mapping.columns()).extracting(ColumnMatch::confidence)
			.containsExactly(1.0, 0.95, mapping.columns().get(2).confidence(), 1.0, 0.0, 0.0);
		assertThat(mapping.columns().get(2).confidence()).isBetween(0.8, 0.9);
		assertThat(mapping.columns().get(3).suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(mapping.columns().get(4).suggestions()).contains("CompanyNote");
		assertThat(mapping.columns()).allSatisfy((c) -> {
			assertThat(c.suggestions()).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
			c.field().ifPresent((f) -> assertThat(c.suggestions()).doesNotContain(f));
		});
	}

	@Test
	void nameMeansTheCompanyInACompaniesFileAndThePersonInAContactsFile() {
		assertThat(this.companies.match(List.of("Namn")).fieldAt(0)).contains("CompanyName");
		assertThat(new HeaderMatcher(ImportTypes.get("contacts")).match(List.of("Namn")).fieldAt(0))
			.contains("ContactName");
	}

	@Test
	void plainContactWordsBelongToTheCompanyAndPrefixedOnesToTheContactPerson() {
		ColumnMapping mapping = this.companies.match(List.of("Telefon", "Mobil", "E-post", "Kontakt e-post",
				"Kontaktperson telefon", "Kontaktperson förnamn"));

		assertThat(mapping.fieldColumns().keySet()).containsExactly("CompanyPhone", "CompanyMobile", "CompanyEmail",
				"ContactRoleEmail", "ContactRolePhone", "ContactFirstName");
		assertThat(this.companies.match(List.of("Contact email", "Contact phone")).fieldColumns())
			.containsOnlyKeys("ContactRoleEmail", "ContactRolePhone");
	}

	@Test
	void addressWordsGoToThePostalVisitingAndInvoiceAddress() {
		ColumnMapping mapping = this.companies.match(List.of("Adress", "Postnummer", "Ort", "Besöksadress", "Besöksort",
				"Fakturaadress", "Fakturapostnummer", "Visiting address"));

		assertThat(mapping.columns()).extracting((c) -> c.field().orElse("-"))
			.containsExactly("CompanyPostStreet", "CompanyPostPostcode", "CompanyPostCity", "CompanyVisitStreet",
					"CompanyVisitCity", "CompanyInvoiceStreet", "CompanyInvoicePostCode", "-");
	}

	@Test
	void savedChoicesComeFirstAndMayIgnoreAColumn() {
		HeaderMatcher matcher = new HeaderMatcher(COMPANIES, Map.of("Stad", Optional.of("CompanyVisitCity"), "Land",
				Optional.empty(), "Ort", Optional.of("ProductName")));

		ColumnMapping mapping = matcher.match(List.of("Stad", "Land", "Ort"));

		assertThat(mapping.fieldAt(0)).contains("CompanyVisitCity");
		assertThat(mapping.columns().get(0).confidence()).isEqualTo(1.0);
		assertThat(mapping.fieldAt(1)).isEmpty();
		assertThat(mapping.columns().get(1).suggestions()).contains("CompanyCountry");
		assertThat(mapping.fieldAt(2)).as("saved field of another type is disregarded").contains("CompanyPostCity");
	}

	@Test
	void emptyHeadersStayUnmapped() {
		ColumnMapping mapping = this.companies.match(List.of("", "  ", "---"));
		assertThat(mapping.fieldColumns()).isEmpty();
		assertThat(mapping.columns()).allSatisfy((c) -> assertThat(c.suggestions()).isEmpty());
	}

	@Test
	void nullHeadersAreRejected() {
		assertThatNullPointerException().isThrownBy(() -> HeaderMatcher.normalize(null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Company Name           | companyname
			company_name           | companyname
			CompanyName            | companyname
			Org.nr.                | orgnr
			Besöksadress           | besoksadress
			Besøksadresse          | besoksadresse
			FÖRETAGSNAMN           | foretagsnamn
			Ærlig                  | aerlig
			Straße                 | strasse
			Linnéa                 | linnea
			' E-post (arbete) '    | epostarbete
			Kolumn 1               | kolumn1
			""")
	void normalizeFoldsCaseSpacesPunctuationAndDiacritics(String header, String expected) {
		assertThat(HeaderMatcher.normalize(header)).isEqualTo(expected);
	}

	@Test
	void noNameMeansTwoFieldsWithinAType() {
		for (ImportType type : ImportTypes.all()) {
			Map<String, Set<String>> fieldsByName = new TreeMap<>();
			FieldNames.of(type)
				.all()
				.forEach((n) -> fieldsByName.computeIfAbsent(n.normalized(), (k) -> new TreeSet<>()).add(n.field()));
			assertThat(fieldsByName).as(type.key())
				.allSatisfy((name, fields) -> assertThat(fields).as(name).hasSize(1));
		}
	}

}
