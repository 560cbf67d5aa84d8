package intake.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import intake.schema.ImportType;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;

class LearnedMappingsTest {

	private static final ImportType COMPANIES = ImportTypes.get("companies");

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-01-01T10:00:00Z");

	@Test
	void theHeaderKeyIgnoresOrderCaseAndPunctuation() {
		assertThat(LearnedMappings.headerKey(List.of("Företagsnamn", "Org.nr", "Ort")))
			.isEqualTo(LearnedMappings.headerKey(List.of("ort", "ORGNR", "Foretags namn")))
			.isNotEqualTo(LearnedMappings.headerKey(List.of("Företagsnamn", "Org.nr")))
			.hasSize(64);
	}

	@Test
	void withoutSavedMappingsHeaderMatchingDecidesAlone() {
		List<String> headers = List.of("Företagsnamn", "Kundkategori");
		LearnedMappings.Recall recall = LearnedMappings.recall(COMPANIES, headers, List.of());
		assertThat(recall.mapping()).isEqualTo(new HeaderMatcher(COMPANIES).match(headers));
		assertThat(recall.reasons()).isEmpty();
		assertThat(recall.same()).isEmpty();
		assertThat(recall.shaping()).isEqualTo(Shaping.NONE);
	}

	@Test
	void theSameHeaderSetInAnotherOrderMapsExactlyAsLastTime() {
		// Kundnr went to the nickname by hand, E-post was ignored on purpose, Gata and
		// Gata 2 were combined, Land is a constant.
		List<String> first = List.of("Kundnr", "Namn", "E-post", "Gata", "Gata 2", "Typ");
		ColumnMapping byHand = new HeaderMatcher(COMPANIES).match(first)
			.assign(COMPANIES, Map.of(0, Optional.of("CompanyNickname"), 1, Optional.of("CompanyName"), 2,
					Optional.empty(), 3, Optional.empty(), 5, Optional.of("CompanyKind")));
		Shaping shaping = new Shaping(Map.of("CompanyCountry", "SE"), Map.of(5, Map.of("Kund", "customer")),
				List.of(new Shaping.Combine("CompanyPostStreet", List.of(3, 4), "\n")), List.of());
		SavedMapping saved = saved("7", first, byHand, shaping);
		assertThat(saved.columns().get(2).ignored()).isTrue();
		assertThat(saved.columns().get(3).ignored()).isFalse();

		List<String> second = List.of("Typ", "Gata 2", "gata", "e-post", "NAMN", "Kundnr");
		LearnedMappings.Recall recall = LearnedMappings.recall(COMPANIES, second, List.of(other(), saved));
		assertThat(recall.same()).contains(saved);
		assertThat(fields(recall.mapping())).containsExactly("CompanyKind", null, null, null, "CompanyName",
				"CompanyNickname");
		assertThat(recall.mapping().columns().get(5).confidence()).isEqualTo(1.0);
		assertThat(recall.shaping().constants()).containsEntry("CompanyCountry", "SE");
		assertThat(recall.shaping().valueMaps()).containsOnlyKeys(0);
		assertThat(recall.shaping().combine())
			.containsExactly(new Shaping.Combine("CompanyPostStreet", List.of(2, 1), "\n"));
		assertThat(recall.reasons()).hasSize(6);
		assertThat(recall.reasons().get(5)).startsWith("Learned");
	}

	@Test
	void aKnownHeaderInANewHeaderSetMapsAsLearnedBeatingSynonymsAndTheMostRecentUseWins() {
		List<String> old = List.of("Företagsnamn", "Telefon", "Benämning");
		ColumnMapping older = new HeaderMatcher(COMPANIES).match(old)
			.assign(COMPANIES, Map.of(1, Optional.empty(), 2, Optional.of("CompanyIndustry")));
		List<String> recent = List.of("Företagsnamn", "Benämning");
		ColumnMapping newer = new HeaderMatcher(COMPANIES).match(recent)
			.assign(COMPANIES, Map.of(1, Optional.of("CompanyNote")));
		SavedMapping olderSaved = saved("1", old, older, Shaping.NONE);
		SavedMapping newerSaved = saved("2", recent, newer, Shaping.NONE);

		List<String> headers = List.of("Benämning", "Telefon", "Företagsnamn", "Org.nr");
		LearnedMappings.Recall recall = LearnedMappings.recall(COMPANIES, headers, List.of(newerSaved, olderSaved));
		assertThat(recall.same()).isEmpty();
		// Benämning: the newer choice; Telefon: ignored on purpose before; Org.nr:
		// synonym
		assertThat(fields(recall.mapping())).containsExactly("CompanyNote", null, "CompanyName", "CompanyGovNo");
		assertThat(recall.mapping().columns().get(0).confidence()).isEqualTo(1.0);
		assertThat(recall.reasons()).containsOnlyKeys(0, 1, 2);
		assertThat(recall.reasons().get(0)).contains("Learned").contains("CompanyNote");
		assertThat(recall.reasons().get(1)).contains("ignored");
	}

	@Test
	void aLearnedHeaderBeatsAnotherColumnsSynonymForTheSameField() {
		List<String> old = List.of("Kundens namn");
		ColumnMapping byHand = new HeaderMatcher(COMPANIES).match(old)
			.assign(COMPANIES, Map.of(0, Optional.of("CompanyName")));
		SavedMapping saved = saved("3", old, byHand, Shaping.NONE);
		LearnedMappings.Recall recall = LearnedMappings.recall(COMPANIES, List.of("Företagsnamn", "Kundens namn"),
				List.of(saved));
		assertThat(fields(recall.mapping())).containsExactly(null, "CompanyName");
		assertThat(recall.mapping().columns().get(0).suggestions()).startsWith("CompanyName");
	}

	@Test
	void aNamedMappingAppliesByHeaderAndTakesItsFieldsFromOtherColumns() {
		List<String> headers = List.of("Namn", "Nummer", "Land");
		SavedMapping named = new SavedMapping("9", "companies", Optional.of("Fortnox export"),
				LearnedMappings.headerKey(List.of("Nummer", "Namn")),
				List.of(new SavedMapping.Column("Nummer", Optional.of("CompanyId"), false),
						new SavedMapping.Column("Namn", Optional.of("CompanyName"), false)),
				new Shaping(Map.of("CompanyCountry", "NO"), Map.of(0, Map.of("x", "y")), List.of(), List.of()), NOW,
				NOW, 0);
		ColumnMapping current = new HeaderMatcher(COMPANIES).match(headers)
			.assign(COMPANIES, Map.of(0, Optional.of("CompanyNote"), 2, Optional.of("CompanyCountry")));
		LearnedMappings.Recall applied = LearnedMappings.apply(COMPANIES, current, named);
		// Land held CompanyCountry, which the saved mapping's constant feeds now
		assertThat(fields(applied.mapping())).containsExactly("CompanyName", "CompanyId", null);
		assertThat(applied.shaping().constants()).containsEntry("CompanyCountry", "NO");
		assertThat(applied.shaping().valueMaps()).containsOnlyKeys(1);
		assertThat(applied.reasons().get(0)).contains("Fortnox export");
	}

	private static SavedMapping saved(String id, List<String> headers, ColumnMapping mapping, Shaping shaping) {
		return new SavedMapping(id, "companies", Optional.empty(), LearnedMappings.headerKey(headers),
				SavedMapping.columnsOf(COMPANIES, mapping, shaping), shaping, NOW, NOW, 1);
	}

	private static SavedMapping other() {
		List<String> headers = List.of("Kundnr", "Namn");
		return saved("5", headers, new HeaderMatcher(COMPANIES).match(headers), Shaping.NONE);
	}

	private static List<String> fields(ColumnMapping mapping) {
		return mapping.columns().stream().map((c) -> c.field().orElse(null)).toList();
	}

}
