package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference registers that are not import types but are referred to by import fields
 * and managed through the records API: {@code employees} (owners and responsible
 * persons), {@code company-categories} and {@code product-categories}. Limits: employee
 * number 50, names 100, e-mail 254, category names 100. Built once; thread-safe.
 */
public final class Registers {

	public static final String EMPLOYEES = "employees";

	public static final String COMPANY_CATEGORIES = "company-categories";

	public static final String PRODUCT_CATEGORIES = "product-categories";

	private static final Map<String, List<FieldDef>> FIELDS = Map.of(EMPLOYEES, build(EMPLOYEES, employees()),
			COMPANY_CATEGORIES, build(COMPANY_CATEGORIES, companyCategories()), PRODUCT_CATEGORIES,
			build(PRODUCT_CATEGORIES, productCategories()));

	private Registers() {
	}

	/**
	 * The fields of a register.
	 * @param entity an entity such as {@code employees}; never {@code null}
	 * @return its fields in display order, empty for entities that are not registers
	 */
	public static List<FieldDef> fieldsOf(String entity) {
		Objects.requireNonNull(entity, "entity");
		return FIELDS.getOrDefault(entity, List.of());
	}

	private static List<FieldDef> build(String entity, List<FieldBuilder> fields) {
		return fields.stream().map((f) -> f.in(entity).build()).toList();
	}

	private static List<FieldBuilder> employees() {
		return List.of(
				text("EmployeeNo", 50).naturalKey()
					.labels("Anställningsnummer", "Ansattnummer", "Employee number")
					.synonyms("Anst.nr", "Ansattnr", "Employee no", "Personalnummer"),
				text("EmployeeFirstName", 100).labels("Förnamn", "Fornavn", "First name"),
				text("EmployeeLastName", 100).labels("Efternamn", "Etternavn", "Last name"),
				field("EmployeeEmail", FieldType.EMAIL).max(254).labels("E-post", "E-post", "E-mail"));
	}

	private static List<FieldBuilder> companyCategories() {
		return List.of(text("CompanyCategoryName", 100).required()
			.naturalKey()
			.labels("Kundkategori", "Kundekategori", "Company category"));
	}

	private static List<FieldBuilder> productCategories() {
		return List.of(text("ProductCategoryName", 100).required()
			.naturalKey()
			.labels("Produktkategori", "Produktkategori", "Product category"));
	}

}
