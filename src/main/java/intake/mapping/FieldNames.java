package intake.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import intake.schema.FieldDef;
import intake.schema.ImportType;

/**
 * Every name of every field of one import type, in normal form ({@link HeaderText}): the
 * key and the labels (tier {@link Tier#EXACT}), the synonyms (tier {@link Tier#SYNONYM}).
 * Immutable.
 */
final class FieldNames {

	/** How strongly an exact hit on a name speaks for its field. */
	enum Tier {

		/** The field key or a label: confidence 1.0. */
		EXACT(1.0),
		/** A synonym in sv/no/en: confidence 0.95. */
		SYNONYM(0.95);

		final double confidence;

		Tier(double confidence) {
			this.confidence = confidence;
		}

	}

	/** One name of a field. */
	record Name(String field, String normalized, Tier tier, String digits) {
	}

	private final List<Name> names;

	private final Map<String, List<Name>> byForm;

	private FieldNames(List<Name> names) {
		this.names = List.copyOf(names);
		Map<String, List<Name>> index = new HashMap<>();
		for (Name name : this.names) {
			index.computeIfAbsent(name.normalized(), (k) -> new ArrayList<>()).add(name);
		}
		index.replaceAll((k, v) -> List.copyOf(v));
		this.byForm = Map.copyOf(index);
	}

	static FieldNames of(ImportType type) {
		List<Name> names = new ArrayList<>();
		for (FieldDef field : type.fields()) {
			add(names, field.key(), field.key(), Tier.EXACT);
			field.labels().values().forEach((label) -> add(names, field.key(), label, Tier.EXACT));
			field.synonyms().forEach((synonym) -> add(names, field.key(), synonym, Tier.SYNONYM));
		}
		return new FieldNames(names);
	}

	private static void add(List<Name> names, String field, String text, Tier tier) {
		String normalized = HeaderText.normalize(text);
		if (!normalized.isEmpty()) {
			names.add(new Name(field, normalized, tier, HeaderText.digits(normalized)));
		}
	}

	/** The names whose normal form equals the given one. */
	List<Name> exact(String normalized) {
		return this.byForm.getOrDefault(normalized, List.of());
	}

	/** Every name, in field order. */
	List<Name> all() {
		return this.names;
	}

}
