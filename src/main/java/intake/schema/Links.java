package intake.schema;

import java.util.Map;
import java.util.Optional;

/**
 * How stored records point at each other: a reference field (e.g. {@code NoteCompanyId})
 * keeps the value as written in its own column and the resolved record's id under a link
 * key named after the referenced entity ({@code companyId} in column
 * {@code company_ref_id}). Link keys are also the records API's JSON and filter keys.
 */
public final class Links {

	private static final Map<String, String> KEYS = Map.of("companies", "companyId", "contacts", "contactId",
			"employees", "employeeId", "products", "productId", "product-categories", "productCategoryId",
			"price-lists", "priceListId", "recurring-invoices", "recurringInvoiceId");

	private Links() {
	}

	/**
	 * The link key for references to an entity.
	 * @param entity the referenced entity, e.g. {@code companies}
	 * @return the link key, e.g. {@code companyId}; empty for entities nothing links to
	 * by id (company categories are kept as a list of names)
	 */
	public static Optional<String> keyOf(String entity) {
		return Optional.ofNullable(KEYS.get(entity));
	}

	/**
	 * The column of a link key: {@code companyId} → {@code company_ref_id}.
	 * @param linkKey a link key ending in {@code Id}
	 * @return the column name
	 */
	public static String column(String linkKey) {
		String stem = linkKey.endsWith("Id") ? linkKey.substring(0, linkKey.length() - 2) : linkKey;
		return FieldDef.snakeCase(stem) + "_ref_id";
	}

}
