package intake.crm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import intake.schema.FieldDef;
import intake.schema.FieldType;

/**
 * How a records entity is stored: its table and one column per field (the field key in
 * snake case), plus an E.164 copy beside each phone field.
 *
 * @param entity the entity name of the API, e.g. {@code companies}
 * @param table the table
 * @param fields the stored fields
 * @param parentColumn the column holding the parent's id, with its API filter key
 */
public record EntityTable(String entity, String table, List<FieldDef> fields, Optional<Parent> parentColumn) {

	public EntityTable {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(table, "table");
		fields = List.copyOf(fields);
		Objects.requireNonNull(parentColumn, "parentColumn");
	}

	/** Every value column: field columns and E.164 copies, in field order. */
	public List<Column> valueColumns() {
		return this.fields.stream()
			.flatMap((f) -> (f.type() == FieldType.PHONE)
					? java.util.stream.Stream.of(new Column(f.key(), f.column(), f),
							new Column(f.key() + "E164", f.column() + "_e164", f))
					: java.util.stream.Stream.of(new Column(f.key(), f.column(), f)))
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
	 * The column holding a parent record's id.
	 *
	 * @param key the JSON and filter key, e.g. {@code companyId}
	 * @param column the column, e.g. {@code company_ref_id}
	 */
	public record Parent(String key, String column) {
	}

}
