package intake.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user can import: a named set of fields stored in one or more entities.
 *
 * @param key the type key used in the API, e.g. {@code companies}
 * @param labels human labels by language ({@code sv}, {@code no}, {@code en})
 * @param description a one-line English description
 * @param defaultMode the import mode used unless the user chooses another
 * @param mainEntity the entity a row's status describes (the company in a companies file)
 * @param fields every importable field, in template order
 */
public record ImportType(String key, Map<String, String> labels, String description, ImportMode defaultMode,
		String mainEntity, List<FieldDef> fields) {

	public ImportType {
		Objects.requireNonNull(key, "key");
		labels = Map.copyOf(labels);
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(defaultMode, "defaultMode");
		Objects.requireNonNull(mainEntity, "mainEntity");
		fields = List.copyOf(fields);
	}

	/** The English label, else the key. */
	public String label() {
		return this.labels.getOrDefault("en", this.key);
	}

	public Optional<FieldDef> findField(String fieldKey) {
		return this.fields.stream().filter((f) -> f.key().equals(fieldKey)).findFirst();
	}

	public FieldDef field(String fieldKey) {
		return findField(fieldKey)
			.orElseThrow(() -> new IllegalArgumentException("No field " + fieldKey + " in type " + this.key));
	}

	/** The fields whose values are stored in the given entity. */
	public List<FieldDef> fieldsOf(String entity) {
		return this.fields.stream().filter((f) -> f.entity().equals(entity)).toList();
	}

}
