package intake.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import intake.schema.FieldDef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored entities: their tables, links and fields as the records API and the writers
 * see them.
 */
class RecordsEntitiesTest {

	@Test
	void everyEntityOfTheApiIsStoredParentsFirst() {
		assertThat(CrmEntities.all()).extracting(EntityTable::entity)
			.containsExactlyInAnyOrder("companies", "company-categories", "contacts", "employees", "notes", "products",
					"product-categories", "price-lists", "price-list-prices", "opportunities", "recurring-invoices",
					"recurring-invoice-lines", "tasks", "accounts");
		List<String> seen = new ArrayList<>();
		for (EntityTable table : CrmEntities.all()) {
			for (EntityTable.Link link : table.links()) {
				assertThat(seen).as("%s links to %s", table.entity(), link.targetEntity())
					.contains(link.targetEntity());
			}
			seen.add(table.entity());
		}
	}

	@Test
	void referenceFieldsBringTheirLinks() {
		assertThat(links("companies")).containsExactly("employeeId=employee_ref_id->employees via CompanyOwner");
		assertThat(links("contacts")).containsExactlyInAnyOrder(
				"companyId=company_ref_id->companies via ContactRoleCompanyId",
				"employeeId=employee_ref_id->employees via ContactOwner");
		assertThat(links("notes")).containsExactlyInAnyOrder("companyId=company_ref_id->companies via NoteCompanyId",
				"contactId=contact_ref_id->contacts via NoteContactId",
				"employeeId=employee_ref_id->employees via NoteOwner");
		assertThat(links("products"))
			.containsExactly("productCategoryId=product_category_ref_id->product-categories via ProductCategory");
		assertThat(links("price-list-prices")).containsExactlyInAnyOrder(
				"priceListId=price_list_ref_id->price-lists via -", "productId=product_ref_id->products via ProductNo");
		assertThat(links("opportunities")).containsExactlyInAnyOrder(
				"companyId=company_ref_id->companies via SalesOpportunityCustomerId",
				"employeeId=employee_ref_id->employees via SalesOpportunityOwner");
		assertThat(links("recurring-invoices"))
			.containsExactly("companyId=company_ref_id->companies via RepeatingCustomerId");
		assertThat(links("recurring-invoice-lines")).containsExactlyInAnyOrder(
				"recurringInvoiceId=recurring_invoice_ref_id->recurring-invoices via -",
				"productId=product_ref_id->products via RepeatingProductNo");
		assertThat(links("tasks")).containsExactlyInAnyOrder("companyId=company_ref_id->companies via TaskCustomerId",
				"contactId=contact_ref_id->contacts via TaskContactId",
				"employeeId=employee_ref_id->employees via TaskEmployeeId");
		for (String entity : List.of("employees", "company-categories", "product-categories", "price-lists",
				"accounts")) {
			assertThat(links(entity)).as(entity).isEmpty();
		}
	}

	@Test
	void childrenKnowTheirParentLink() {
		assertThat(CrmEntities.get("contacts").parent().map(EntityTable.Link::key)).contains("companyId");
		assertThat(CrmEntities.get("recurring-invoice-lines").parent().map(EntityTable.Link::key))
			.contains("recurringInvoiceId");
		assertThat(CrmEntities.get("price-list-prices").parent().map(EntityTable.Link::key)).contains("priceListId");
		assertThat(CrmEntities.get("notes").parent()).isEmpty();
		EntityTable contacts = CrmEntities.get("contacts");
		assertThat(contacts.requires(contacts.parent().orElseThrow())).isFalse();
		EntityTable lines = CrmEntities.get("recurring-invoice-lines");
		assertThat(lines.requires(lines.parent().orElseThrow())).isTrue();
		assertThat(lines.requires(lines.findLink("productId").orElseThrow())).isFalse();
		EntityTable opportunities = CrmEntities.get("opportunities");
		assertThat(opportunities.requires(opportunities.findLink("companyId").orElseThrow())).isTrue();
	}

	@Test
	void registersAndProductsHaveTheirFields() {
		assertThat(keys("employees")).containsExactly("EmployeeNo", "EmployeeFirstName", "EmployeeLastName",
				"EmployeeEmail");
		assertThat(keys("company-categories")).containsExactly("CompanyCategoryName");
		assertThat(keys("product-categories")).containsExactly("ProductCategoryName");
		assertThat(CrmEntities.get("products").fields()).filteredOn((f) -> f.key().equals("ProductNo"))
			.singleElement()
			.satisfies((f) -> assertThat(f.ref()).isEqualTo(Optional.empty()));
		assertThat(keys("contacts")).contains("ContactFirstName", "ContactRoleCompanyId").doesNotContain("ContactName");
	}

	private static List<String> keys(String entity) {
		return CrmEntities.get(entity).fields().stream().map(FieldDef::key).toList();
	}

	private static List<String> links(String entity) {
		return CrmEntities.get(entity)
			.links()
			.stream()
			.map((l) -> l.key() + "=" + l.column() + "->" + l.targetEntity() + " via " + l.field().orElse("-"))
			.toList();
	}

}
