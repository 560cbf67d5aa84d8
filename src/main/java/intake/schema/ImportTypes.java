package intake.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The thirteen import types Intake offers, in the order the wizard lists them. The types
 * are immutable and built once; all methods are thread-safe.
 */
public final class ImportTypes {

	private static final List<ImportType> ALL = List.of(CompaniesType.create(), PrivateCustomersType.create(),
			LeadsType.create(), SuppliersType.create(), ContactsType.create(), NotesType.create(),
			ProductsType.create(), StockType.create(), OpportunitiesType.create(), RecurringInvoicesType.create(),
			PriceListsType.create(), TasksType.create(), AccountsType.create());

	private static final Map<String, String> COMPANY_KINDS = Map.of(CompaniesType.KEY, CompaniesType.KIND,
			PrivateCustomersType.KEY, PrivateCustomersType.KIND, LeadsType.KEY, LeadsType.KIND, SuppliersType.KEY,
			SuppliersType.KIND);

	private static final Map<String, List<RequiredRule>> RULES = Map.of(ContactsType.KEY,
			List.of(new RequiredRule(List.of("ContactFirstName", "ContactLastName", "ContactName"))), StockType.KEY,
			List.of(new RequiredRule(List.of("ProductNo", "ProductCode", "ProductEAN"))));

	private ImportTypes() {
	}

	/**
	 * Every import type: companies, private-customers, leads, suppliers, contacts, notes,
	 * products, stock, opportunities, recurring-invoices, price-lists, tasks, accounts.
	 */
	public static List<ImportType> all() {
		return ALL;
	}

	/**
	 * The import type with the given key.
	 * @param key a type key such as {@code companies}; never {@code null}
	 * @return the type, or empty for an unknown key
	 */
	public static Optional<ImportType> find(String key) {
		Objects.requireNonNull(key, "key");
		return ALL.stream().filter((t) -> t.key().equals(key)).findFirst();
	}

	/**
	 * The import type with the given key.
	 * @param key a type key such as {@code companies}
	 * @return the type
	 * @throws IllegalArgumentException for an unknown key
	 */
	public static ImportType get(String key) {
		return find(key).orElseThrow(() -> new IllegalArgumentException("No import type " + key));
	}

	/**
	 * The company kind ({@code customer}, {@code private}, {@code lead},
	 * {@code supplier}) a companies-like type gives the companies it creates, unless a
	 * row's CompanyKind says otherwise.
	 * @param type an import type
	 * @return the kind, or empty for types that do not import companies
	 */
	public static Optional<String> companyKind(ImportType type) {
		return Optional.ofNullable(COMPANY_KINDS.get(type.key()));
	}

	/**
	 * The "one of these fields" requirements of a type beyond its individually required
	 * fields ({@link FieldDef#required()}).
	 * @param type an import type
	 * @return the rules, empty for most types
	 */
	public static List<RequiredRule> requiredRules(ImportType type) {
		return RULES.getOrDefault(type.key(), List.of());
	}

}
