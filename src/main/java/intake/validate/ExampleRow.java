package intake.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import intake.schema.FieldDef;
import intake.schema.ImportType;

/**
 * One realistic Swedish example row per import type, for the downloadable templates:
 * every field has a value that {@link RowValidator} accepts for a Swedish tenant without
 * an error or a warning, written as a user would (decimal comma, {@code 123 45}
 * postcodes, Swedish choice names, references by customer number, product number or an
 * employee's name). Thread-safe.
 */
public final class ExampleRow {

	private static final Map<String, String> VALUES = new HashMap<>();

	/** Values that differ by type, keyed by {@code type/field}. */
	private static final Map<String, String> BY_TYPE = new HashMap<>();

	static {
		company();
		contact();
		VALUES.putAll(Map.of("NoteTitle", "Telefonsamtal om offert", "NoteDescription",
				"Kunden vill ha offerten före midsommar.", "NoteDateRegistered", "2024-05-31", "NoteCategoryId",
				"Telefon", "NoteCompanyId", "10001", "NoteContactId", "Karin Lund", "NoteOwner", "Anna Berg",
				"NotePrivate", "nej"));
		product();
		VALUES.putAll(Map.of("SalesOpportunityTitle", "Ny kontorsmöblering", "SalesOpportunityCustomerId", "10001",
				"SalesOpportunityDescription", "Skrivbord och stolar till 20 arbetsplatser", "SalesOpportunityAmount",
				"125000,00", "SalesOpportunityProbability", "60", "SalesOpportunityStatus", "Öppen",
				"SalesOpportunityStage", "Offert", "SalesOpportunityCloseDate", "2024-06-28",
				"SalesOpportunityCreatedDate", "2024-05-02", "SalesOpportunityOwner", "Anna Berg"));
		recurringInvoice();
		VALUES.putAll(Map.of("PriceListId", "Återförsäljare 2024", "PriceOut", "1234,50"));
		VALUES.putAll(Map.of("TaskTitle", "Uppföljningsmöte", "TaskDescription", "Gå igenom offerten med Karin",
				"TaskType", "Möte", "TaskCustomerId", "10001", "TaskContactId", "Karin Lund", "TaskEmployeeId",
				"Anna Berg", "TaskDateStart", "2024-05-31 09:30", "TaskDateStop", "2024-05-31 10:30",
				"TaskReminderDate", "2024-05-30 16:00", "TaskLocation", "Storgatan 1, Stockholm"));
		VALUES.putAll(Map.of("AccountNo", "3001", "AccountName", "Försäljning inom Sverige, 25 % moms", "AccountVatNo",
				"MP1"));
	}

	private ExampleRow() {
	}

	/**
	 * The example value of each field of a type, in template order.
	 * @throws IllegalStateException for a field without an example (a new field needs
	 * one)
	 */
	public static List<String> of(ImportType type) {
		return type.fields().stream().map((field) -> value(type, field)).toList();
	}

	private static String value(ImportType type, FieldDef field) {
		String value = BY_TYPE.getOrDefault(type.key() + "/" + field.key(), VALUES.get(field.key()));
		if (value == null) {
			throw new IllegalStateException("No example value for " + type.key() + "/" + field.key());
		}
		return value;
	}

	private static void company() {
		VALUES.putAll(Map.ofEntries(Map.entry("CompanyId", "10001"), Map.entry("CompanyName", "Exempelbolaget AB"),
				Map.entry("CompanyConsumername", "Karin"), Map.entry("CompanyGovNo", "556016-0680"),
				Map.entry("CompanyIsCorporate", "ja"), Map.entry("CompanyKind", "Kund"),
				Map.entry("CompanyNickname", "Exempelbolaget"), Map.entry("CompanyPhone", "08-123 456 78"),
				Map.entry("CompanyMobile", "070-123 45 67"), Map.entry("CompanyFax", "08-123 456 79"),
				Map.entry("CompanyEmail", "info@exempelbolaget.se"),
				Map.entry("CompanyInvoiceEmail", "faktura@exempelbolaget.se"),
				Map.entry("CompanyWebsite", "www.exempelbolaget.se"), Map.entry("CompanyCountry", "SE"),
				Map.entry("CompanyPostStreet", "Box 123"), Map.entry("CompanyPostPostcode", "123 45"),
				Map.entry("CompanyPostPostarea", "Stockholm"), Map.entry("CompanyPostCity", "Stockholm"),
				Map.entry("CompanyPostState", "Stockholms län"), Map.entry("CompanyVisitStreet", "Storgatan 1"),
				Map.entry("CompanyVisitPostcode", "111 22"), Map.entry("CompanyVisitPostArea", "Stockholm"),
				Map.entry("CompanyVisitCity", "Stockholm"), Map.entry("CompanyVisitState", "Stockholms län"),
				Map.entry("CompanyInvoiceName", "Exempelbolaget AB, Ekonomi"),
				Map.entry("CompanyInvoiceStreet", "Fakturavägen 5"), Map.entry("CompanyInvoicePostCode", "123 45"),
				Map.entry("CompanyInvoicePostArea", "Stockholm"), Map.entry("CompanyInvoiceCity", "Stockholm"),
				Map.entry("CompanyInvoiceCountry", "SE"), Map.entry("CompanyDeliveryStreet", "Lagergatan 7"),
				Map.entry("CompanyDeliveryPostCode", "145 67"), Map.entry("CompanyDeliveryPostArea", "Norsborg"),
				Map.entry("CompanyDeliveryCity", "Norsborg"), Map.entry("CompanyDeliveryCountry", "SE"),
				Map.entry("CompanyOwner", "Anna Berg"), Map.entry("CompanyIndustry", "Partihandel"),
				Map.entry("CompanyProfit", "1234,50"), Map.entry("CompanyTurnover", "12500000,00"),
				Map.entry("CompanyNrOfEmp", "25"), Map.entry("CompanyNote", "Ring före leverans; porten är låst"),
				Map.entry("CompanySupplier", "nej"), Map.entry("CompanyCategory", "Återförsäljare, Grossist"),
				Map.entry("CompanyDateRegistrered", "2024-05-31"), Map.entry("CompanyDateChanged", "2024-05-31"),
				Map.entry("ContactFirstName", "Karin"), Map.entry("ContactLastName", "Lund"),
				Map.entry("ContactName", "Karin Lund"), Map.entry("ContactRoleEmail", "karin.lund@exempelbolaget.se"),
				Map.entry("ContactRolePhone", "08-123 456 80"), Map.entry("ContactRoleMobile", "070-765 43 21"),
				Map.entry("ContactRolePosition", "Inköpschef")));
		BY_TYPE.putAll(Map.of("private-customers/CompanyName", "Lund", "private-customers/CompanyGovNo", "811218-9876",
				"private-customers/CompanyIsCorporate", "nej", "private-customers/CompanyKind", "Privatkund",
				"leads/CompanyKind", "Prospekt", "suppliers/CompanyKind", "Leverantör", "suppliers/CompanySupplier",
				"ja"));
	}

	private static void contact() {
		VALUES.putAll(Map.ofEntries(Map.entry("ContactRoleCompanyId", "10001"),
				Map.entry("ContactRoleFax", "08-123 456 79"), Map.entry("ContactEmail", "karin.lund@example.com"),
				Map.entry("ContactEmail2", "karin@example.org"), Map.entry("ContactPhone", "08-765 432 10"),
				Map.entry("ContactMobile", "073-123 45 67"), Map.entry("ContactAddressStreet", "Vintergatan 3"),
				Map.entry("ContactAddressPostCode", "123 45"), Map.entry("ContactAddressPostArea", "Stockholm"),
				Map.entry("ContactCountry", "SE"), Map.entry("ContactDateOfBirth", "1981-12-18"),
				Map.entry("ContactIsConsumer", "nej"), Map.entry("ContactIsEmployee", "nej"),
				Map.entry("ContactCustomerId", "K-2001"), Map.entry("ContactNote", "Föredrar e-post"),
				Map.entry("ContactOwner", "Anna Berg")));
	}

	private static void product() {
		VALUES.putAll(Map.ofEntries(Map.entry("ProductNo", "A-1001"), Map.entry("ProductName", "Kontorsstol Ergo"),
				Map.entry("ProductCategory", "Kontorsmöbler"), Map.entry("ProductCode", "LEV-5501"),
				Map.entry("ProductDescShort", "Ergonomisk kontorsstol, svart"),
				Map.entry("ProductDescLong", "Ergonomisk kontorsstol med justerbart ryggstöd och armstöd."),
				Map.entry("ProductEAN", "7310865004703"), Map.entry("ProductEAN2", "96385074"),
				Map.entry("ProductStatus", "ja"), Map.entry("ProductUnit", "st"), Map.entry("ProductCost", "820,00"),
				Map.entry("ProductPrice", "1234,50"), Map.entry("ProductPriceIncTax", "1543,13"),
				Map.entry("ProductPriceWeb", "1199,00"), Map.entry("ProductSupplierPrice", "800,00"),
				Map.entry("ProductVatRate", "25"), Map.entry("ProductStockInfluence", "ja"),
				Map.entry("ProductStockQty", "120"), Map.entry("ProductStockMin", "10"),
				Map.entry("ProductStockReorderQty", "50"), Map.entry("ProductStockLocation", "Hylla B3")));
	}

	private static void recurringInvoice() {
		VALUES.putAll(
				Map.ofEntries(Map.entry("RepeatingOrderId", "AB-2024-01"), Map.entry("RepeatingCustomerId", "10001"),
						Map.entry("RepeatingInterval", "Månadsvis"), Map.entry("RepeatingStartDate", "2024-06-01"),
						Map.entry("RepeatingDate", "2024-07-01"), Map.entry("RepeatingPaymentTime", "30"),
						Map.entry("RepeatingCurrency", "SEK"), Map.entry("RepeatingInvoiceTitle", "Serviceavtal"),
						Map.entry("RepeatingInvoiceText", "Månadsavgift enligt avtal"),
						Map.entry("RepeatingCustomerRef", "Karin Lund"), Map.entry("RepeatingProductNo", "A-1001"),
						Map.entry("RepeatingName", "Serviceavtal Bas"), Map.entry("RepeatingQuantity", "1"),
						Map.entry("RepeatingPrice", "1234,50"), Map.entry("RepeatingDiscount", "10")));
	}

}
