package intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import intake.crm.CrmEntities;
import intake.crm.EntityTable;
import intake.crm.MainFields;
import intake.crm.RecordQueries;
import intake.job.ErrorCode;
import intake.job.ImportException;
import intake.schema.FieldDef;

/**
 * Stored records as the records pages show them, read through {@link RecordQueries} as
 * the records API reads them: values as text, labels in the page's language, links
 * resolved to the names of the records they point at, and the records that point back (a
 * company's contacts, notes, tasks …).
 */
@Component
class RecordViews {

	/** How many children of each entity a detail page shows. */
	static final int CHILDREN = 10;

	private final RecordQueries queries;

	RecordViews(RecordQueries queries) {
		this.queries = queries;
	}

	/**
	 * A value of a record.
	 *
	 * @param key the field key
	 * @param label the field's label in the page's language
	 * @param text the value as text (empty when there is none)
	 * @param kind {@code text}, {@code empty}, or {@code yes}/{@code no} for a boolean
	 */
	record Value(String key, String label, String text, String kind) {
	}

	/**
	 * A link to another record.
	 *
	 * @param key the link key, e.g. {@code companyId}
	 * @param entity the linked entity
	 * @param id the linked record's id
	 * @param name the linked record's name (its main fields)
	 */
	record Link(String key, String entity, String id, String name) {
	}

	/**
	 * A record in a list: its id, the main fields and its parent.
	 */
	record Row(String id, List<String> cells, Optional<Link> parent) {
	}

	/**
	 * Records of one entity that point at a record.
	 *
	 * @param entity the entity, e.g. {@code contacts}
	 * @param key the link key that points at the record, e.g. {@code companyId}
	 * @param total how many there are
	 * @param rows the first {@value #CHILDREN}
	 */
	record Children(String entity, String key, long total, List<Row> rows) {
	}

	static EntityTable table(String entity) {
		return CrmEntities.find(entity)
			.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND, "There is no entity '" + entity + "'."));
	}

	/** The tenant's record; NOT_FOUND as the API answers for a missing or foreign one. */
	Map<String, Object> record(long tenantId, EntityTable table, String id) {
		Optional<Map<String, Object>> record = id.matches("[0-9]{1,18}")
				? this.queries.findById(tenantId, table, Long.parseLong(id)) : Optional.empty();
		return record.orElseThrow(() -> new ImportException(ErrorCode.NOT_FOUND,
				"There is no " + table.entity() + " record " + id + "."));
	}

	static String label(FieldDef field, Locale locale) {
		return field.labels().getOrDefault(locale.getLanguage(), field.label());
	}

	/** The labels of the main fields, the columns of a list. */
	static List<String> columns(EntityTable table, Locale locale) {
		return MainFields.of(table).stream().map((key) -> label(field(table, key), locale)).toList();
	}

	/** Every field of the record, in field order. */
	static List<Value> values(EntityTable table, Map<String, Object> record, Locale locale) {
		List<Value> values = new ArrayList<>();
		for (EntityTable.Column column : table.valueColumns()) {
			Object value = record.get(column.key());
			String label = label(column.field(), locale) + (column.key().endsWith("E164") ? " (E.164)" : "");
			String kind = (value == null || text(value).isEmpty()) ? "empty"
					: (value instanceof Boolean b) ? (b ? "yes" : "no") : "text";
			values.add(new Value(column.key(), label, text(value), kind));
		}
		return values;
	}

	/** The records this one points at. */
	List<Link> links(long tenantId, EntityTable table, Map<String, Object> record) {
		List<Link> links = new ArrayList<>();
		for (EntityTable.Link link : table.links()) {
			if (record.get(link.key()) instanceof String id) {
				links.add(link(tenantId, link, id));
			}
		}
		return links;
	}

	/**
	 * The records of every entity that point at this one, only entities that have some.
	 */
	List<Children> children(long tenantId, EntityTable table, String id) {
		List<Children> children = new ArrayList<>();
		for (EntityTable other : CrmEntities.all()) {
			for (EntityTable.Link link : other.links()) {
				if (link.targetEntity().equals(table.entity())) {
					RecordQueries.Page page = this.queries.search(tenantId, other, Map.of(link.key(), id), "", CHILDREN,
							0);
					if (page.total() > 0) {
						children.add(new Children(other.entity(), link.key(), page.total(),
								rows(tenantId, other, page.items())));
					}
				}
			}
		}
		return children;
	}

	/** Rows of a list, with the names of their parents. */
	List<Row> rows(long tenantId, EntityTable table, List<Map<String, Object>> records) {
		Map<String, Link> parents = new java.util.HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Map<String, Object> record : records) {
			List<String> cells = MainFields.of(table).stream().map((key) -> text(record.get(key))).toList();
			Optional<Link> parent = table.parent()
				.filter((link) -> record.get(link.key()) instanceof String)
				.map((link) -> parents.computeIfAbsent((String) record.get(link.key()),
						(pid) -> link(tenantId, link, pid)));
			rows.add(new Row((String) record.get("id"), cells, parent));
		}
		return rows;
	}

	/**
	 * The name of a record: a person's first and last name, else its first main field
	 * with a value, else its id.
	 */
	static String name(EntityTable table, Map<String, Object> record) {
		List<String> fields = MainFields.of(table);
		String person = fields.stream()
			.filter((key) -> key.endsWith("FirstName") || key.endsWith("LastName"))
			.map((key) -> text(record.get(key)))
			.filter((t) -> !t.isEmpty())
			.collect(Collectors.joining(" "));
		if (!person.isEmpty()) {
			return person;
		}
		return fields.stream()
			.map((key) -> text(record.get(key)))
			.filter((t) -> !t.isEmpty())
			.findFirst()
			.orElse("#" + record.get("id"));
	}

	private Link link(long tenantId, EntityTable.Link link, String id) {
		EntityTable target = CrmEntities.get(link.targetEntity());
		String name = this.queries.findById(tenantId, target, Long.parseLong(id))
			.map((r) -> name(target, r))
			.orElse("#" + id);
		return new Link(link.key(), target.entity(), id, name);
	}

	/**
	 * A stored value as text, as the edit form shows it and the API's JSON encodes it.
	 */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof List<?> items) {
			return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	static FieldDef field(EntityTable table, String key) {
		return table.fields()
			.stream()
			.filter((f) -> f.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(key + " is not a field of " + table.entity()));
	}

}
