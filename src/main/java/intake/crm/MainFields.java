package intake.crm;

import java.util.List;
import java.util.Map;

/**
 * The fields that name a record of each entity: what a list of records shows and what a
 * text search looks in (a company's name, customer number, e-mail and city; a contact's
 * names and e-mail). Every key is a text-like field of its entity.
 */
public final class MainFields {

	private static final Map<String, List<String>> FIELDS = Map.ofEntries(
			Map.entry("employees", List.of("EmployeeNo", "EmployeeFirstName", "EmployeeLastName", "EmployeeEmail")),
			Map.entry("company-categories", List.of("CompanyCategoryName")),
			Map.entry("product-categories", List.of("ProductCategoryName")),
			Map.entry("companies", List.of("CompanyName", "CompanyId", "CompanyEmail", "CompanyPostCity")),
			Map.entry("contacts", List.of("ContactFirstName", "ContactLastName", "ContactEmail", "ContactPhone")),
			Map.entry("products", List.of("ProductNo", "ProductName", "ProductCode")),
			Map.entry("price-lists", List.of("PriceListId")),
			Map.entry("price-list-prices", List.of("ProductNo", "ProductName")),
			Map.entry("notes", List.of("NoteTitle")), Map.entry("opportunities", List.of("SalesOpportunityTitle")),
			Map.entry("recurring-invoices", List.of("RepeatingOrderId", "RepeatingInvoiceTitle")),
			Map.entry("recurring-invoice-lines", List.of("RepeatingName")), Map.entry("tasks", List.of("TaskTitle")),
			Map.entry("accounts", List.of("AccountNo", "AccountName")));

	private MainFields() {
	}

	/**
	 * The main field keys of an entity, most telling first.
	 * @param table the entity
	 * @return field keys of the entity; the first field for an entity without an entry
	 */
	public static List<String> of(EntityTable table) {
		return FIELDS.getOrDefault(table.entity(), List.of(table.fields().get(0).key()));
	}

}
