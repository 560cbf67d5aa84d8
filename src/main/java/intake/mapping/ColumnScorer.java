package intake.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import intake.schema.ImportType;

/**
 * Steps 2–4 of header matching for one header, without regard to other columns: exact
 * match on a key or label (confidence 1.0), exact match on a synonym (0.95), else fuzzy
 * Jaro-Winkler similarity over normal forms.
 * <p>
 * A fuzzy match is assigned only when it is confident and unambiguous: the header's
 * normal form has at least {@value #MIN_FUZZY_LENGTH} characters (so {@code "x"} or
 * {@code "Id"} never fuzzy-match), the similarity is at least {@value #FUZZY_THRESHOLD},
 * the best name has the same digits as the header (so {@code "Kolumn1"} or
 * {@code "Kommentar 3"} is not {@code Kolumn}/{@code Kommentar}), and the best field
 * leads every other field by at least {@value #FUZZY_MARGIN}. Its confidence is
 * {@value #FUZZY_WEIGHT} × similarity, so always below exact and synonym matches. Fields
 * at least {@value #SUGGESTION_FLOOR} similar are offered as suggestions. Immutable and
 * thread-safe.
 */
final class ColumnScorer {

	static final double FUZZY_THRESHOLD = 0.92;

	static final double FUZZY_MARGIN = 0.03;

	static final double FUZZY_WEIGHT = 0.9;

	static final double SUGGESTION_FLOOR = 0.80;

	static final int MIN_FUZZY_LENGTH = 4;

	static final double MIN_LENGTH_RATIO = 0.8;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	/**
	 * What one header alone matches.
	 *
	 * @param field the confidently matched field, if any
	 * @param confidence its confidence, 0 when none
	 * @param alternatives other candidate fields, best first
	 */
	record Scored(Optional<String> field, double confidence, List<String> alternatives) {

		Scored {
			alternatives = List.copyOf(alternatives);
		}

	}

	private final FieldNames names;

	ColumnScorer(ImportType type) {
		this.names = FieldNames.of(type);
	}

	Scored score(String header) {
		String form = HeaderText.normalize(header);
		if (form.isEmpty()) {
			return new Scored(Optional.empty(), 0.0, List.of());
		}
		Map<String, Double> exact = new LinkedHashMap<>();
		for (FieldNames.Name name : this.names.exact(form)) {
			exact.merge(name.field(), name.tier().confidence, Math::max);
		}
		Map<String, Double> similar = new LinkedHashMap<>();
		Map<String, Double> similarSameDigits = new LinkedHashMap<>();
		String digits = HeaderText.digits(form);
		for (FieldNames.Name name : this.names.all()) {
			if (!exact.containsKey(name.field())) {
				double similarity = JARO_WINKLER.apply(form, name.normalized());
				similar.merge(name.field(), similarity, Math::max);
				if (name.digits().equals(digits) && lengthRatio(form, name.normalized()) >= MIN_LENGTH_RATIO) {
					similarSameDigits.merge(name.field(), similarity, Math::max);
				}
			}
		}
		List<String> ranked = new ArrayList<>(sorted(exact));
		sorted(similar).stream().filter((f) -> similar.get(f) >= SUGGESTION_FLOOR).forEach(ranked::add);
		Optional<Map.Entry<String, Double>> chosen = exact.isEmpty() ? fuzzyChoice(form, similar, similarSameDigits)
				: exactChoice(exact);
		List<String> alternatives = ranked.stream()
			.filter((f) -> chosen.map((c) -> !c.getKey().equals(f)).orElse(true))
			.toList();
		return chosen.map((c) -> new Scored(Optional.of(c.getKey()), c.getValue(), alternatives))
			.orElseGet(() -> new Scored(Optional.empty(), 0.0, alternatives));
	}

	private static Optional<Map.Entry<String, Double>> exactChoice(Map<String, Double> exact) {
		double top = exact.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
		List<String> best = exact.entrySet()
			.stream()
			.filter((e) -> e.getValue() == top)
			.map(Map.Entry::getKey)
			.toList();
		// two fields sharing a name at the same tier: ambiguous, leave it to the user
		return (best.size() == 1) ? Optional.of(Map.entry(best.get(0), top)) : Optional.empty();
	}

	private static Optional<Map.Entry<String, Double>> fuzzyChoice(String form, Map<String, Double> similar,
			Map<String, Double> similarSameDigits) {
		if (form.length() < MIN_FUZZY_LENGTH || similarSameDigits.isEmpty()) {
			return Optional.empty();
		}
		String best = sorted(similarSameDigits).get(0);
		double score = similarSameDigits.get(best);
		double runnerUp = similar.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals(best))
			.mapToDouble(Map.Entry::getValue)
			.max()
			.orElse(0.0);
		if (score >= FUZZY_THRESHOLD && score - runnerUp >= FUZZY_MARGIN) {
			return Optional.of(Map.entry(best, FUZZY_WEIGHT * score));
		}
		return Optional.empty();
	}

	private static double lengthRatio(String a, String b) {
		return (double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length());
	}

	/** Keys by descending score; equal scores keep field order. */
	private static List<String> sorted(Map<String, Double> scores) {
		return scores.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue()).reversed())
			.map(Map.Entry::getKey)
			.toList();
	}

}
