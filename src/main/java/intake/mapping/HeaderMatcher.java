package intake.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import intake.schema.ImportType;

/**
 * Maps the headers of a file to the fields of one import type, following IMPORT-FIELDS.md
 * "Header matching": (1) a choice saved for the same header and type, (2) exact match of
 * the normal form on a field key or label, (3) on a synonym, (4) a confident fuzzy match
 * (see {@link ColumnScorer} for the threshold), (5) one column per field — when several
 * columns claim a field, saved choices first, then the higher confidence, then the
 * leftmost column keeps it; the others stay unmapped with that field as their first
 * suggestion. A column that matches nothing confidently stays unmapped: a wrong automatic
 * mapping is worse than none.
 * <p>
 * Immutable and thread-safe once constructed; construct one per type and reuse it.
 */
public final class HeaderMatcher {

	private final ImportType type;

	private final ColumnScorer scorer;

	private final Map<String, Optional<String>> savedChoices;

	/**
	 * A matcher without saved choices.
	 * @param type the import type whose fields columns map to; never {@code null}
	 */
	public HeaderMatcher(ImportType type) {
		this(type, Map.of());
	}

	/**
	 * A matcher that first applies choices the tenant saved or used before for this type
	 * (step 1): header as written to field key, or {@code Optional.empty()} for a column
	 * the user chose to ignore. Headers are compared in normal form; a saved field the
	 * type does not have is disregarded. Persisting the choices is the caller's concern.
	 * @param type the import type; never {@code null}
	 * @param savedChoices header to field key; no null keys or values
	 */
	public HeaderMatcher(ImportType type, Map<String, Optional<String>> savedChoices) {
		this.type = Objects.requireNonNull(type, "type");
		this.scorer = new ColumnScorer(type);
		Map<String, Optional<String>> saved = new HashMap<>();
		savedChoices.forEach((header, field) -> {
			if (Objects.requireNonNull(field, "field").isEmpty() || type.findField(field.get()).isPresent()) {
				saved.putIfAbsent(normalize(header), field);
			}
		});
		this.savedChoices = Map.copyOf(saved);
	}

	/** The import type this matcher maps to. */
	public ImportType type() {
		return this.type;
	}

	/**
	 * Maps the given headers.
	 * @param headers the header row, in file order; no null elements
	 * @return one {@link ColumnMatch} per header, each with a confidence and up to three
	 * suggestions
	 */
	public ColumnMapping match(List<String> headers) {
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = Objects.requireNonNull(headers.get(i), "header");
			ColumnScorer.Scored scored = this.scorer.score(header);
			Optional<String> saved = this.savedChoices.get(normalize(header));
			boolean isSaved = saved != null;
			if (isSaved) {
				List<String> alternatives = Stream.concat(scored.field().stream(), scored.alternatives().stream())
					.toList();
				scored = new ColumnScorer.Scored(saved, saved.isPresent() ? 1.0 : 0.0, alternatives);
			}
			claims.add(new Claim(i, header, scored, isSaved));
		}
		Map<String, Integer> owners = new HashMap<>();
		claims.stream()
			.filter((c) -> c.scored().field().isPresent())
			.sorted(Comparator.comparing(Claim::saved)
				.thenComparingDouble((c) -> c.scored().confidence())
				.reversed()
				.thenComparingInt(Claim::index))
			.forEach((c) -> owners.putIfAbsent(c.scored().field().get(), c.index()));
		return new ColumnMapping(claims.stream().map((c) -> c.resolve(owners)).toList());
	}

	/**
	 * The normal form headers and field names are compared in: case, spaces, punctuation
	 * and diacritics folded (å→a, ä→a, ö→o, ø→o, æ→ae, ß→ss), e.g. {@code "Org.nr."} →
	 * {@code "orgnr"}, {@code "Besøksadresse"} → {@code "besoksadresse"}.
	 * @param header a header; never {@code null}
	 * @return lower-case letters and digits only; empty for a header without any
	 */
	public static String normalize(String header) {
		return HeaderText.normalize(Objects.requireNonNull(header, "header"));
	}

	/** A column's claim on a field before one-column-per-field is applied. */
	private record Claim(int index, String header, ColumnScorer.Scored scored, boolean saved) {

		ColumnMatch resolve(Map<String, Integer> owners) {
			Optional<String> field = this.scored.field();
			if (field.isPresent() && owners.get(field.get()) == this.index) {
				return new ColumnMatch(this.index, this.header, field, this.scored.confidence(),
						suggestions(Stream.empty(), field.get()));
			}
			// lost its field to another column: offer that field first
			return ColumnMatch.unmapped(this.index, this.header, suggestions(field.stream(), ""));
		}

		private List<String> suggestions(Stream<String> first, String exclude) {
			return Stream.concat(first, this.scored.alternatives().stream())
				.filter((f) -> !f.equals(exclude))
				.distinct()
				.limit(ColumnMatch.MAX_SUGGESTIONS)
				.toList();
		}

	}

}
