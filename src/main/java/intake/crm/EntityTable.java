package intake.crm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import intake.schema.FieldDef;
import intake.schema.FieldType;

/**
 * How a records entity is stored: its table, one column per field (the field key in snake
 * case) plus an E.164 copy beside each phone field, and one link column per record it
 * points at.
 *
 * @param entity the entity name of the API, e.g. {@code companies}
 * @param table the table
 * @param fields the stored fields
 * @param links the ids of referenced records this entity stores
 * @param parentKey the key of the link that makes a record a child (a contact's
 * {@code companyId}), if any; one of {@code links}
 */
public record EntityTable(String entity, String table, List<FieldDef> fields, List<Link> links,
		Optional<String> parentKey) {

	public EntityTable {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(table, "table");
		fields = List.copyOf(fields);
		links = List.copyOf(links);
		Objects.requireNonNull(parentKey, "parentKey");
		List<Link> all = links;
		parentKey.ifPresent((key) -> {
			if (all.stream().noneMatch((l) -> l.key().equals(key))) {
				throw new IllegalArgumentException("The parent " + key + " of " + entity + " is not one of its links");
			}
		});
	}

	/** The link that makes a record a child, e.g. a contact's company. */
	public Optional<Link> parent() {
		return this.parentKey.flatMap(this::findLink);
	}

	/**
	 * The link with the given key.
	 * @param key a link key such as {@code companyId}
	 * @return the link, or empty when the entity has no such link
	 */
	public Optional<Link> findLink(String key) {
		return this.links.stream().filter((l) -> l.key().equals(key)).findFirst();
	}

	/**
	 * Whether every record must carry this link: a link without a reference field beside
	 * it (the parent of a line or a price) or one whose reference field is required.
	 * @param link one of {@link #links()}
	 * @return {@code true} when the link column may not be empty
	 */
	public boolean requires(Link link) {
		return link.field()
			.map((key) -> this.fields.stream().anyMatch((f) -> f.key().equals(key) && f.required()))
			.orElse(true);
	}

	/** Every value column: field columns and E.164 copies, in field order. */
	public List<Column> valueColumns() {
		return this.fields.stream()
			.flatMap((f) -> (f.type() == FieldType.PHONE)
					? Stream.of(new Column(f.key(), f.column(), f),
							new Column(f.key() + "E164", f.column() + "_e164", f))
					: Stream.of(new Column(f.key(), f.column(), f)))
			.toList();
	}

	/**
	 * A stored value.
	 *
	 * @param key the JSON key (field key, or field key + {@code E164})
	 * @param column the column name
	 * @param field the field it belongs to
	 */
	public record Column(String key, String column, FieldDef field) {
	}

	/**
	 * The id of a referenced record, stored beside the reference value as written.
	 *
	 * @param key the JSON and filter key, e.g. {@code companyId}
	 * @param column the column, e.g. {@code company_ref_id}
	 * @param targetEntity the referenced entity, e.g. {@code companies}
	 * @param field the reference field whose written value sits beside the id (e.g.
	 * {@code NoteCompanyId}); empty for a parent link that no field names
	 */
	public record Link(String key, String column, String targetEntity, Optional<String> field) {

		public Link {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(targetEntity, "targetEntity");
			Objects.requireNonNull(field, "field");
		}

	}

}
