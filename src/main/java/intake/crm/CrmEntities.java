package intake.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import intake.schema.FieldDef;
import intake.schema.ImportType;
import intake.schema.ImportTypes;

/**
 * The records entities Intake stores, derived from the import types: an entity's fields
 * are every field of any import type stored in it (a contact's fields come from the
 * contacts type and from the contact person columns of a companies file).
 */
public final class CrmEntities {

	private static final Map<String, EntityTable> TABLES = build();

	private CrmEntities() {
	}

	public static Optional<EntityTable> find(String entity) {
		return Optional.ofNullable(TABLES.get(entity));
	}

	public static EntityTable get(String entity) {
		return find(entity).orElseThrow(() -> new IllegalArgumentException("No entity " + entity));
	}

	private static Map<String, EntityTable> build() {
		Map<String, EntityTable> tables = new LinkedHashMap<>();
		tables.put("companies",
				new EntityTable("companies", "company", fieldsOf("companies", List.of()), Optional.empty()));
		tables.put("contacts", new EntityTable("contacts", "contact", fieldsOf("contacts", List.of("ContactName")),
				Optional.of(new EntityTable.Parent("companyId", "company_ref_id"))));
		return Map.copyOf(tables);
	}

	private static List<FieldDef> fieldsOf(String entity, List<String> notStored) {
		Map<String, FieldDef> fields = new LinkedHashMap<>();
		for (ImportType type : ImportTypes.all()) {
			for (FieldDef field : type.fieldsOf(entity)) {
				if (!notStored.contains(field.key())) {
					fields.putIfAbsent(field.key(), field);
				}
			}
		}
		return new ArrayList<>(fields.values());
	}

}
