package intake.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import intake.schema.FieldDef;

import intake.schema.TextFolding;

/**
 * Reads an enumerated value by its canonical key or any of its names, case- and
 * diacritics-insensitively ({@code Öppen}, {@code oppen}, {@code ÅPEN}). When two choices
 * share a name the canonical key that sorts first wins, so reading is deterministic.
 */
final class EnumReader {

	private final Map<String, String> byName;

	private final List<String> accepted;

	EnumReader(FieldDef field) {
		Map<String, String> names = new HashMap<>();
		TreeMap<String, List<String>> sorted = new TreeMap<>(field.choices());
		sorted.forEach((key, aliases) -> names.putIfAbsent(TextFolding.fold(key), key));
		sorted.forEach((key, aliases) -> aliases.forEach((alias) -> names.putIfAbsent(TextFolding.fold(alias), key)));
		names.remove("");
		this.byName = Map.copyOf(names);
		this.accepted = List.copyOf(sorted.keySet());
	}

	/** The canonical key, or an error listing the accepted values. */
	Outcome read(String value) {
		return Optional.ofNullable(this.byName.get(TextFolding.fold(value)))
			.<Outcome>map(Outcome::ok)
			.orElseGet(() -> Outcome
				.fail("'" + value + "' is not one of the accepted values: " + String.join(", ", this.accepted)));
	}

}
