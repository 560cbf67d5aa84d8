package intake.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One importable field of an import type.
 *
 * @param key the field key as import manuals spell it, e.g. {@code CompanyName}
 * @param entity the records entity the value is stored in, e.g. {@code companies} or
 * {@code contacts} (a companies file carries contact person fields)
 * @param type how cells are converted
 * @param required whether every record needs a value
 * @param naturalKey whether the field identifies an existing record
 * @param ref the referenced entity for {@link FieldType#REF} fields
 * @param maxLength the real length limit of text values, if any
 * @param labels human labels by language ({@code sv}, {@code no}, {@code en})
 * @param synonyms further header spellings in sv/no/en that mean this field
 * @param choices for {@link FieldType#ENUM}: canonical value to the names (sv/no/en,
 * codes) that mean it
 */
public record FieldDef(String key, String entity, FieldType type, boolean required, boolean naturalKey,
		Optional<String> ref, OptionalInt maxLength, Map<String, String> labels, List<String> synonyms,
		Map<String, List<String>> choices) {

	public FieldDef {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(maxLength, "maxLength");
		labels = Map.copyOf(labels);
		synonyms = List.copyOf(synonyms);
		choices = Map.copyOf(choices);
	}

	/** The English label, else the key. */
	public String label() {
		return this.labels.getOrDefault("en", this.key);
	}

	/** The database column: the key in snake case, e.g. {@code company_post_postcode}. */
	public String column() {
		return snakeCase(this.key);
	}

	/**
	 * A key in snake case; a run of capitals is one word ({@code ProductEAN2} →
	 * {@code product_ean2}).
	 */
	static String snakeCase(String key) {
		StringBuilder out = new StringBuilder(key.length() + 8);
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				char before = key.charAt(i - 1);
				boolean wordStart = Character.isLowerCase(before) || Character.isDigit(before)
						|| (Character.isUpperCase(before) && i + 1 < key.length()
								&& Character.isLowerCase(key.charAt(i + 1)));
				if (wordStart) {
					out.append('_');
				}
			}
			out.append(Character.toLowerCase(c));
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** The key of this field's E.164 copy (phone fields), made once. */
	public String e164Key() {
		return suffixed(this.key, "E164");
	}

	/**
	 * A field key with a suffix, e.g. {@code CompanyPhoneE164}, made once per pair: a key
	 * made per row would be a new string per row, hashed anew at every map look-up.
	 */
	public static String suffixed(String key, String suffix) {
		// get first: a capturing lambda per call would be an allocation per row
		Map<String, String> keys = SUFFIXED.get(suffix);
		if (keys == null) {
			keys = SUFFIXED.computeIfAbsent(suffix, (s) -> new java.util.concurrent.ConcurrentHashMap<>());
		}
		String made = keys.get(key);
		if (made == null) {
			made = keys.computeIfAbsent(key, (k) -> k + suffix);
		}
		return made;
	}

	private static final Map<String, Map<String, String>> SUFFIXED = new java.util.concurrent.ConcurrentHashMap<>();

}
