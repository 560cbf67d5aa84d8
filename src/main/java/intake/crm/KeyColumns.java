package intake.crm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import intake.plan.CompanyGroups;
import intake.validate.NaturalKeys;

/**
 * The natural-key columns a table keeps beside the values they are computed from, for
 * indexed look-ups: a company's canonical organisation number and name-and-postcode key,
 * an employee's lower-case "first last", a category's lower-case name. Every writer
 * computes them here, so imports, hand edits and look-ups agree.
 */
final class KeyColumns {

	private static final Map<String, List<String>> COLUMNS = Map.of("company",
			List.of("company_gov_no_key", "company_name_key"), "employee", List.of("employee_name_key"),
			"company_category", List.of("company_category_name_key"), "product_category",
			List.of("product_category_name_key"));

	private static final Map<String, Set<String>> SOURCES = Map.of("company",
			Set.of("CompanyGovNo", "CompanyName", "CompanyPostPostcode"), "employee",
			Set.of("EmployeeFirstName", "EmployeeLastName"), "company_category", Set.of("CompanyCategoryName"),
			"product_category", Set.of("ProductCategoryName"));

	private KeyColumns() {
	}

	/** The key columns of a table, empty for most. */
	static List<String> of(EntityTable table) {
		return COLUMNS.getOrDefault(table.table(), List.of());
	}

	/** Whether a change of these field keys changes a key column of the table. */
	static boolean affected(EntityTable table, Set<String> changedKeys) {
		return SOURCES.getOrDefault(table.table(), Set.of()).stream().anyMatch(changedKeys::contains);
	}

	/**
	 * The key column values, in the order of {@link #of(EntityTable)}.
	 * @param table the entity
	 * @param values every field value of the record (field key to converted value)
	 */
	static Object[] values(EntityTable table, Map<String, Object> values) {
		return switch (table.table()) {
			case "company" -> {
				Object govNo = values.get("CompanyGovNo");
				yield new Object[] { (govNo instanceof String s && !s.isEmpty()) ? NaturalKeys.govNo(s) : null,
						CompanyGroups.nameKey(values) };
			}
			case "employee" -> new Object[] {
					employeeName(text(values.get("EmployeeFirstName")) + " " + text(values.get("EmployeeLastName"))) };
			case "company_category" -> new Object[] { categoryName(values.get("CompanyCategoryName")) };
			case "product_category" -> new Object[] { categoryName(values.get("ProductCategoryName")) };
			default -> new Object[0];
		};
	}

	/**
	 * An employee's name key: lower case, trimmed, single spaces; null when blank.
	 * @param name "first last" as written
	 */
	static String employeeName(String name) {
		String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return key.isEmpty() ? null : key;
	}

	/** A category's name key: the name in lower case; null when there is no name. */
	static String categoryName(Object name) {
		return (name instanceof String s && !s.isBlank()) ? s.strip().toLowerCase(Locale.ROOT) : null;
	}

	private static String text(Object value) {
		return (value instanceof String s) ? s : "";
	}

}
