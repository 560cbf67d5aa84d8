package intake.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Fluent construction of a {@link FieldDef} for the type definitions of this package. Not
 * thread-safe; each call of a factory method returns a fresh builder, so shared field
 * definitions (product fields used by several types) are methods returning builders.
 */
final class FieldBuilder {

	private final String key;

	private FieldType type;

	private String entity;

	private boolean required;

	private boolean naturalKey;

	private Optional<String> ref = Optional.empty();

	private OptionalInt maxLength = OptionalInt.empty();

	private final Map<String, String> labels = new LinkedHashMap<>();

	private final List<String> synonyms = new ArrayList<>();

	private final Map<String, List<String>> choices = new LinkedHashMap<>();

	private FieldBuilder(String key, FieldType type) {
		this.key = Objects.requireNonNull(key, "key");
		this.type = Objects.requireNonNull(type, "type");
	}

	static FieldBuilder field(String key, FieldType type) {
		return new FieldBuilder(key, type);
	}

	/** A text field with its real length limit. */
	static FieldBuilder text(String key, int maxLength) {
		return new FieldBuilder(key, FieldType.TEXT).max(maxLength);
	}

	/** A {@link FieldType#REF} field referring to records of the given entity. */
	static FieldBuilder ref(String key, String referencedEntity) {
		FieldBuilder builder = new FieldBuilder(key, FieldType.REF);
		builder.ref = Optional.of(referencedEntity);
		return builder;
	}

	FieldBuilder in(String storedIn) {
		this.entity = storedIn;
		return this;
	}

	FieldBuilder type(FieldType newType) {
		this.type = newType;
		return this;
	}

	FieldBuilder references(String referencedEntity) {
		this.ref = Optional.of(referencedEntity);
		return this;
	}

	FieldBuilder required() {
		this.required = true;
		return this;
	}

	FieldBuilder naturalKey() {
		this.naturalKey = true;
		return this;
	}

	FieldBuilder max(int length) {
		this.maxLength = OptionalInt.of(length);
		return this;
	}

	FieldBuilder labels(String sv, String no, String en) {
		this.labels.put("sv", sv);
		this.labels.put("no", no);
		this.labels.put("en", en);
		return this;
	}

	FieldBuilder synonyms(String... more) {
		return synonyms(Arrays.asList(more));
	}

	FieldBuilder synonyms(Collection<String> more) {
		for (String synonym : more) {
			if (!this.synonyms.contains(synonym)) {
				this.synonyms.add(synonym);
			}
		}
		return this;
	}

	/**
	 * An accepted value of an enum field: its canonical value and every name meaning it.
	 */
	FieldBuilder choice(String canonical, String... names) {
		this.choices.put(canonical, List.of(names));
		return this;
	}

	FieldDef build() {
		Objects.requireNonNull(this.entity, () -> "entity of " + this.key);
		if (this.labels.isEmpty()) {
			throw new IllegalStateException("No labels for " + this.key);
		}
		return new FieldDef(this.key, this.entity, this.type, this.required, this.naturalKey, this.ref, this.maxLength,
				this.labels, this.synonyms, this.choices);
	}

}
