package intake.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which record tables point at which through link columns ({@code *_ref_id}, V1 and V8),
 * kept here in one place so that undo can remove children before their parents and every
 * writer can see which records are still referenced. No foreign key guards these links
 * since V13: {@link LinkIntegrity} does, with this table.
 * {@code ReferencesSchemaContract} compares it with the link columns and indexes of the
 * migrated schema on H2 and PostgreSQL, so it cannot drift. Immutable; safe for any
 * thread.
 */
public final class References {

	/**
	 * API entity name to table: companies and contacts first, the rest in the order that
	 * breaks ties of the removal order.
	 */
	private static final Map<String, String> TABLES = tables();

	private static final List<Reference> ALL = List.of(new Reference("company", "employee_ref_id", "employee"),
			new Reference("contact", "company_ref_id", "company"),
			new Reference("contact", "employee_ref_id", "employee"),
			new Reference("product", "product_category_ref_id", "product_category"),
			new Reference("note", "company_ref_id", "company"), new Reference("note", "contact_ref_id", "contact"),
			new Reference("note", "employee_ref_id", "employee"),
			new Reference("opportunity", "company_ref_id", "company"),
			new Reference("opportunity", "employee_ref_id", "employee"),
			new Reference("recurring_invoice", "company_ref_id", "company"),
			new Reference("recurring_invoice_line", "recurring_invoice_ref_id", "recurring_invoice"),
			new Reference("recurring_invoice_line", "product_ref_id", "product"),
			new Reference("price_list_price", "price_list_ref_id", "price_list"),
			new Reference("price_list_price", "product_ref_id", "product"),
			new Reference("task", "company_ref_id", "company"), new Reference("task", "contact_ref_id", "contact"),
			new Reference("task", "employee_ref_id", "employee"));

	private static final List<String> REMOVAL_ORDER = removalOrder(TABLES, ALL);

	private static final List<String> ENTITIES = Stream
		.concat(Stream.of("companies", "contacts"),
				TABLES.keySet().stream().filter((e) -> !e.equals("companies") && !e.equals("contacts")).sorted())
		.toList();

	private References() {
	}

	/**
	 * A link column: each row of {@code table} may point at one row of {@code target}
	 * (its {@code id}) through {@code column}.
	 *
	 * @param table the referencing table, e.g. {@code price_list_price}
	 * @param column the link column, e.g. {@code product_ref_id}
	 * @param target the referenced table, e.g. {@code product}
	 */
	public record Reference(String table, String column, String target) {

		public Reference {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(target, "target");
		}

	}

	/** Every link column between record tables. */
	public static List<Reference> all() {
		return ALL;
	}

	/** The link columns of a table (what its rows point at). */
	public static List<Reference> from(String table) {
		return ALL.stream().filter((r) -> r.table().equals(table)).toList();
	}

	/** The link columns that point at a table (what may keep its rows). */
	public static List<Reference> to(String table) {
		return ALL.stream().filter((r) -> r.target().equals(table)).toList();
	}

	/**
	 * Every record entity of the API in the order figures list them: companies and
	 * contacts first, then by name.
	 */
	public static List<String> entities() {
		return ENTITIES;
	}

	/**
	 * The table of an entity, e.g. {@code price-list-prices} → {@code price_list_price}.
	 */
	public static Optional<String> findTable(String entity) {
		return Optional.ofNullable(TABLES.get(entity));
	}

	/** The entity of a table, e.g. {@code product} → {@code products}. */
	public static String entityOf(String table) {
		return TABLES.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(table))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No record table " + table));
	}

	/**
	 * Every entity, each before the entities it points at (children before parents), so
	 * removing in this order never meets a row still pointed at by one removed later.
	 */
	public static List<String> removalOrder() {
		return REMOVAL_ORDER;
	}

	/**
	 * Kahn's algorithm over the references, from the tables nothing points at; among
	 * tables ready at the same time, the order of {@link #TABLES} decides.
	 */
	private static List<String> removalOrder(Map<String, String> tables, List<Reference> references) {
		List<String> pending = new ArrayList<>(tables.values());
		List<String> order = new ArrayList<>();
		while (!pending.isEmpty()) {
			String next = pending.stream()
				.filter((t) -> references.stream()
					.noneMatch((r) -> r.target().equals(t) && !r.table().equals(t) && pending.contains(r.table())))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("References between " + pending + " form a cycle"));
			pending.remove(next);
			order.add(next);
		}
		return order.stream().map(References::entityOf).toList();
	}

	private static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("companies", "company");
		tables.put("contacts", "contact");
		tables.put("recurring-invoice-lines", "recurring_invoice_line");
		tables.put("price-list-prices", "price_list_price");
		tables.put("notes", "note");
		tables.put("tasks", "task");
		tables.put("opportunities", "opportunity");
		tables.put("recurring-invoices", "recurring_invoice");
		tables.put("price-lists", "price_list");
		tables.put("products", "product");
		tables.put("product-categories", "product_category");
		tables.put("company-categories", "company_category");
		tables.put("employees", "employee");
		tables.put("accounts", "account");
		return tables;
	}

}
