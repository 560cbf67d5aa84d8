package intake.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ImportTypesTest {

	/** Every field key of IMPORT-FIELDS.md, per type, in the doc's spelling. */
	private static final Map<String, List<String>> DOC_KEYS = Map.ofEntries(
			Map.entry("companies", List.of("CompanyId", "CompanyName", "CompanyConsumername", "CompanyGovNo",
					"CompanyIsCorporate", "CompanyKind", "CompanyNickname", "CompanyPhone", "CompanyMobile",
					"CompanyFax", "CompanyEmail", "CompanyInvoiceEmail", "CompanyWebsite", "CompanyCountry",
					"CompanyPostStreet", "CompanyPostPostcode", "CompanyPostPostarea", "CompanyPostCity",
					"CompanyPostState", "CompanyVisitStreet", "CompanyVisitPostcode", "CompanyVisitPostArea",
					"CompanyVisitCity", "CompanyVisitState", "CompanyInvoiceName", "CompanyInvoiceStreet",
					"CompanyInvoicePostCode", "CompanyInvoicePostArea", "CompanyInvoiceCity", "CompanyInvoiceCountry",
					"CompanyDeliveryStreet", "CompanyDeliveryPostCode", "CompanyDeliveryPostArea",
					"CompanyDeliveryCity", "CompanyDeliveryCountry", "CompanyOwner", "CompanyIndustry", "CompanyProfit",
					"CompanyTurnover", "CompanyNrOfEmp", "CompanyNote", "CompanySupplier", "CompanyCategory",
					"CompanyDateRegistrered", "CompanyDateChanged", "ContactFirstName", "ContactLastName",
					"ContactName", "ContactRoleEmail", "ContactRolePhone", "ContactRoleMobile", "ContactRolePosition")),
			Map.entry("contacts",
					List.of("ContactFirstName", "ContactLastName", "ContactName", "ContactRoleCompanyId",
							"ContactRolePosition", "ContactRoleEmail", "ContactRolePhone", "ContactRoleMobile",
							"ContactRoleFax", "ContactEmail", "ContactEmail2", "ContactPhone", "ContactMobile",
							"ContactAddressStreet", "ContactAddressPostCode", "ContactAddressPostArea",
							"ContactCountry", "ContactDateOfBirth", "ContactIsConsumer", "ContactIsEmployee",
							"ContactCustomerId", "ContactNote", "ContactOwner")),
			Map.entry("notes",
					List.of("NoteTitle", "NoteDescription", "NoteDateRegistered", "NoteCategoryId", "NoteCompanyId",
							"NoteContactId", "NoteOwner", "NotePrivate")),
			Map.entry("products",
					List.of("ProductNo", "ProductName", "ProductCategory", "ProductCode", "ProductDescShort",
							"ProductDescLong", "ProductEAN", "ProductEAN2", "ProductStatus", "ProductUnit",
							"ProductCost", "ProductPrice", "ProductPriceIncTax", "ProductPriceWeb",
							"ProductSupplierPrice", "ProductVatRate", "ProductStockInfluence", "ProductStockQty",
							"ProductStockMin", "ProductStockReorderQty", "ProductStockLocation")),
			Map.entry("stock",
					List.of("ProductNo", "ProductCode", "ProductEAN", "ProductStockQty", "ProductStockLocation")),
			Map.entry("opportunities",
					List.of("SalesOpportunityTitle", "SalesOpportunityCustomerId", "SalesOpportunityDescription",
							"SalesOpportunityAmount", "SalesOpportunityProbability", "SalesOpportunityStatus",
							"SalesOpportunityStage", "SalesOpportunityCloseDate", "SalesOpportunityCreatedDate",
							"SalesOpportunityOwner")),
			Map.entry("recurring-invoices",
					List.of("RepeatingOrderId", "RepeatingCustomerId", "RepeatingInterval", "RepeatingStartDate",
							"RepeatingDate", "RepeatingPaymentTime", "RepeatingCurrency", "RepeatingInvoiceTitle",
							"RepeatingInvoiceText", "RepeatingCustomerRef", "RepeatingProductNo", "RepeatingName",
							"RepeatingQuantity", "RepeatingPrice", "RepeatingDiscount")),
			Map.entry("price-lists",
					List.of("PriceListId", "ProductNo", "PriceOut", "ProductName", "ProductDescShort",
							"ProductDescLong")),
			Map.entry("tasks",
					List.of("TaskTitle", "TaskDescription", "TaskType", "TaskCustomerId", "TaskContactId",
							"TaskEmployeeId", "TaskDateStart", "TaskDateStop", "TaskReminderDate", "TaskLocation")),
			Map.entry("accounts", List.of("AccountNo", "AccountName", "AccountVatNo")));

	@Test
	void thereAreThirteenTypesInWizardOrder() {
		assertThat(ImportTypes.all()).extracting(ImportType::key)
			.containsExactly("companies", "private-customers", "leads", "suppliers", "contacts", "notes", "products",
					"stock", "opportunities", "recurring-invoices", "price-lists", "tasks", "accounts");
		assertThat(ImportTypes.find("stock")).map(ImportType::defaultMode).contains(ImportMode.UPDATE);
		assertThat(ImportTypes.all()).filteredOn((t) -> !t.key().equals("stock"))
			.allSatisfy((t) -> assertThat(t.defaultMode()).isEqualTo(ImportMode.CREATE));
		assertThat(ImportTypes.find("nope")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> ImportTypes.get("nope"));
	}

	@Test
	void everyDocumentedFieldIsPresentInTheDocsOrder() {
		DOC_KEYS.forEach((type, keys) -> assertThat(ImportTypes.get(type).fields()).as(type)
			.extracting(FieldDef::key)
			.containsExactlyElementsOf(keys));
		for (String sibling : List.of("private-customers", "leads", "suppliers")) {
			assertThat(ImportTypes.get(sibling).fields()).isEqualTo(ImportTypes.get("companies").fields());
		}
	}

	@Test
	void companiesFieldsAreDefinedAsDocumented() {
		ImportType companies = ImportTypes.get("companies");
		assertThat(companies.labels()).containsEntry("sv", "Företagskunder")
			.containsEntry("no", "Bedriftskunder")
			.containsEntry("en", "Companies");
		assertThat(companies.mainEntity()).isEqualTo("companies");
		assertThat(ImportTypes.companyKind(companies)).contains("customer");
		FieldDef name = companies.field("CompanyName");
		assertThat(name.required()).isTrue();
		assertThat(name.maxLength()).hasValue(200);
		assertThat(companies.fields().stream().filter(FieldDef::required).map(FieldDef::key))
			.containsExactly("CompanyName");
		assertThat(companies.fields().stream().filter(FieldDef::naturalKey).map(FieldDef::key))
			.containsExactly("CompanyId", "CompanyGovNo");
		assertThat(companies.field("CompanyNote").maxLength()).hasValue(4000);
		assertThat(companies.field("CompanyId").type()).isEqualTo(FieldType.TEXT);
		assertThat(companies.field("CompanyGovNo").type()).isEqualTo(FieldType.GOV_NO);
		assertThat(companies.field("CompanyWebsite").type()).isEqualTo(FieldType.URL);
		assertThat(companies.field("CompanyNrOfEmp").type()).isEqualTo(FieldType.INTEGER);
		assertThat(companies.field("CompanyCategory").type()).isEqualTo(FieldType.TEXT_LIST);
		assertThat(companies.field("CompanyOwner").ref()).contains("employees");
		assertThat(typesOf(companies, FieldType.EMAIL)).containsExactly("CompanyEmail", "CompanyInvoiceEmail",
				"ContactRoleEmail");
		assertThat(typesOf(companies, FieldType.PHONE)).containsExactly("CompanyPhone", "CompanyMobile", "CompanyFax",
				"ContactRolePhone", "ContactRoleMobile");
		assertThat(typesOf(companies, FieldType.COUNTRY)).containsExactly("CompanyCountry", "CompanyInvoiceCountry",
				"CompanyDeliveryCountry");
		assertThat(typesOf(companies, FieldType.POSTCODE)).containsExactly("CompanyPostPostcode",
				"CompanyVisitPostcode", "CompanyInvoicePostCode", "CompanyDeliveryPostCode");
		assertThat(typesOf(companies, FieldType.DATE)).containsExactly("CompanyDateRegistrered", "CompanyDateChanged");
		assertThat(companies.fieldsOf("contacts")).extracting(FieldDef::key)
			.containsExactly("ContactFirstName", "ContactLastName", "ContactName", "ContactRoleEmail",
					"ContactRolePhone", "ContactRoleMobile", "ContactRolePosition");
		assertThat(companies.field("CompanyKind").choices()).containsEntry("customer",
				List.of("customer", "Kund", "Kunde", "Customer"));
		assertThat(companies.field("CompanyKind").choices().get("supplier")).contains("Leverantör", "Leverandør");
	}

	@Test
	void otherTypesFollowTheDocument() {
		assertThat(ImportTypes.get("opportunities").field("SalesOpportunityStatus").choices())
			.containsEntry("open", List.of("1", "open", "Öppen", "Åpen", "Open"))
			.containsKeys("won", "lost");
		assertThat(ImportTypes.get("tasks").field("TaskDateStart").type()).isEqualTo(FieldType.DATETIME);
		assertThat(ImportTypes.get("stock").field("ProductNo").ref()).contains("products");
		assertThat(ImportTypes.get("price-lists").field("ProductName").maxLength()).hasValue(150);
		assertThat(ImportTypes.get("price-lists").field("PriceListId").entity()).isEqualTo("price-lists");
		assertThat(ImportTypes.get("price-lists").field("PriceOut").entity()).isEqualTo("price-list-prices");
		ImportType recurring = ImportTypes.get("recurring-invoices");
		assertThat(recurring.fieldsOf("recurring-invoices")).hasSize(10);
		assertThat(recurring.fieldsOf("recurring-invoice-lines")).extracting(FieldDef::key)
			.containsExactly("RepeatingProductNo", "RepeatingName", "RepeatingQuantity", "RepeatingPrice",
					"RepeatingDiscount");
		assertThat(recurring.field("RepeatingDiscount").type()).isEqualTo(FieldType.PERCENT);
		assertThat(ImportTypes.get("products").field("ProductVatRate").type()).isEqualTo(FieldType.PERCENT);
		assertThat(ImportTypes.get("accounts").field("AccountNo").type()).isEqualTo(FieldType.TEXT);
		assertThat(ImportTypes.get("stock").mainEntity()).isEqualTo("products");
		assertThat(ImportTypes.get("contacts").fields()).noneMatch(FieldDef::required);
		assertThat(ImportTypes.requiredRules(ImportTypes.get("contacts"))).extracting(RequiredRule::anyOf)
			.containsExactly(List.of("ContactFirstName", "ContactLastName", "ContactName"));
	}

	@Test
	void everyFieldIsWellFormed() {
		for (ImportType type : ImportTypes.all()) {
			assertThat(type.labels()).as(type.key()).containsOnlyKeys("sv", "no", "en");
			assertThat(type.description()).isNotBlank();
			Set<String> keys = new HashSet<>();
			Map<String, Set<String>> columns = new java.util.HashMap<>();
			for (FieldDef field : type.fields()) {
				String where = type.key() + "." + field.key();
				assertThat(keys.add(field.key())).as("unique key %s", where).isTrue();
				assertThat(columns.computeIfAbsent(field.entity(), (e) -> new HashSet<>()).add(field.column()))
					.as("unique column %s", where)
					.isTrue();
				assertThat(field.labels()).as(where).containsOnlyKeys("sv", "no", "en");
				if (field.type().isTextLike()) {
					assertThat(field.maxLength()).as("maxLength of %s", where).isPresent();
				}
				assertThat(field.ref().isPresent()).as("ref of %s", where)
					.isEqualTo(field.type() == FieldType.REF || field.key().equals("CompanyCategory"));
				assertThat(field.choices().isEmpty()).as("choices of %s", where)
					.isEqualTo(field.type() != FieldType.ENUM);
			}
		}
	}

	@Test
	void refsNameTheReferencedEntity() {
		Map<String, String> refs = ImportTypes.all()
			.stream()
			.flatMap((t) -> t.fields().stream())
			.filter((f) -> f.type() == FieldType.REF)
			.collect(Collectors.toMap(FieldDef::key, (f) -> f.ref().orElseThrow(), (a, b) -> a));
		assertThat(refs).containsEntry("CompanyOwner", "employees")
			.containsEntry("ContactRoleCompanyId", "companies")
			.containsEntry("NoteContactId", "contacts")
			.containsEntry("ProductCategory", "product-categories")
			.containsEntry("RepeatingProductNo", "products")
			.containsEntry("TaskEmployeeId", "employees")
			.containsEntry("SalesOpportunityCustomerId", "companies");
	}

	private static List<String> typesOf(ImportType type, FieldType fieldType) {
		return type.fields().stream().filter((f) -> f.type() == fieldType).map(FieldDef::key).toList();
	}

}
