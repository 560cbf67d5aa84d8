package intake.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import intake.schema.FieldDef;
import intake.schema.FieldType;
import intake.schema.ImportType;
import intake.schema.ImportTypes;
import intake.schema.Links;
import intake.schema.Registers;

/**
 * The records entities Intake stores, derived from the import types and the registers: an
 * entity's fields are every field of any import type stored in it (a contact's fields
 * come from the contacts type and from the contact person columns of a companies file;
 * the first definition of a key wins) plus its register fields. Every reference field to
 * another entity that records link to by id brings a link column. Immutable; thread-safe.
 */
public final class CrmEntities {

	private static final List<EntityTable> ALL = build();

	private static final Map<String, EntityTable> TABLES = index(ALL);

	private CrmEntities() {
	}

	/**
	 * Every entity, parents first: an entity comes after every entity it links to, so
	 * records are written in this order and removed in the reverse one.
	 */
	public static List<EntityTable> all() {
		return ALL;
	}

	public static Optional<EntityTable> find(String entity) {
		return Optional.ofNullable(TABLES.get(entity));
	}

	public static EntityTable get(String entity) {
		return find(entity).orElseThrow(() -> new IllegalArgumentException("No entity " + entity));
	}

	private static List<EntityTable> build() {
		List<EntityTable> all = new ArrayList<>();
		all.add(entity("employees", "employee", null));
		all.add(entity("company-categories", "company_category", null));
		all.add(entity("product-categories", "product_category", null));
		all.add(entity("companies", "company", null));
		all.add(entity("contacts", "contact", "companies", "ContactName"));
		all.add(entity("products", "product", null));
		all.add(entity("price-lists", "price_list", null));
		all.add(entity("price-list-prices", "price_list_price", "price-lists"));
		all.add(entity("notes", "note", null));
		all.add(entity("opportunities", "opportunity", null));
		all.add(entity("recurring-invoices", "recurring_invoice", null));
		all.add(entity("recurring-invoice-lines", "recurring_invoice_line", "recurring-invoices"));
		all.add(entity("tasks", "task", null));
		all.add(entity("accounts", "account", null));
		return List.copyOf(all);
	}

	/**
	 * @param parent the entity whose link makes these records children, or null
	 * @param notStored fields of import types that are not stored as such (a full name
	 * that is split)
	 */
	private static EntityTable entity(String entity, String table, String parent, String... notStored) {
		List<FieldDef> fields = fieldsOf(entity, List.of(notStored));
		List<EntityTable.Link> links = new ArrayList<>();
		for (FieldDef field : fields) {
			if (field.type() == FieldType.REF && !field.ref().get().equals(entity)) {
				Links.keyOf(field.ref().get())
					.ifPresent((key) -> links.add(
							new EntityTable.Link(key, Links.column(key), field.ref().get(), Optional.of(field.key()))));
			}
		}
		Optional<String> parentKey = Optional.ofNullable(parent).map((p) -> Links.keyOf(p).orElseThrow());
		parentKey.filter((key) -> links.stream().noneMatch((l) -> l.key().equals(key)))
			.ifPresent((key) -> links.add(0, new EntityTable.Link(key, Links.column(key), parent, Optional.empty())));
		return new EntityTable(entity, table, fields, links, parentKey);
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
		for (FieldDef field : Registers.fieldsOf(entity)) {
			fields.putIfAbsent(field.key(), field);
		}
		return new ArrayList<>(fields.values());
	}

	private static Map<String, EntityTable> index(List<EntityTable> all) {
		Map<String, EntityTable> tables = new LinkedHashMap<>();
		all.forEach((t) -> tables.put(t.entity(), t));
		return Map.copyOf(tables);
	}

}
