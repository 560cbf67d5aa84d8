package intake.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records API for entities beside companies and contacts, through HTTP: registers
 * created, listed, filtered, edited and deleted by hand; links between records.
 * Subclasses run it on H2 and on PostgreSQL. Values carry a per-test suffix, since the
 * records of the demo tenant are shared with other tests.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RecordsContract {

	@LocalServerPort
	int port;

	Http http;

	String run;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void employeesAreCreatedListedFilteredEditedAndDeleted() {
		JsonNode eva = created(
				post("employees", "{\"EmployeeNo\": \"E" + this.run + "\", \"EmployeeFirstName\": \"Eva\","
						+ " \"EmployeeLastName\": \"Ångström\", \"EmployeeEmail\": \"eva@example.se\"}"));
		assertThat(eva.get("id").asString()).isNotBlank();
		assertThat(eva.get("version").asLong()).isEqualTo(1);
		assertThat(eva.get("importJobId").isNull()).isTrue();
		assertThat(eva.get("EmployeeLastName").asString()).isEqualTo("Ångström");
		JsonNode olle = created(post("employees", "{\"EmployeeNo\": \"O" + this.run
				+ "\", \"EmployeeFirstName\": \"Olle\"," + " \"EmployeeLastName\": \"Berg\"}"));

		JsonNode byNumber = ok(this.http.get("/api/v1/records/employees?EmployeeNo=E" + this.run));
		assertThat(byNumber.get("total").asLong()).isEqualTo(1);
		assertThat(byNumber.get("items").get(0).get("id").asString()).isEqualTo(eva.get("id").asString());
		JsonNode both = ok(this.http.get("/api/v1/records/employees?limit=1000&sort=EmployeeNo"));
		assertThat(ids(both)).contains(eva.get("id").asString(), olle.get("id").asString());
		JsonNode one = ok(this.http.get("/api/v1/records/employees/" + olle.get("id").asString()));
		assertThat(one.get("EmployeeFirstName").asString()).isEqualTo("Olle");
		assertThat(one.get("EmployeeEmail").isNull()).isTrue();

		JsonNode patched = ok(this.http.patch("/api/v1/records/employees/" + olle.get("id").asString(),
				"{\"EmployeeEmail\": \"olle@example.se\"}"));
		assertThat(patched.get("version").asLong()).isEqualTo(2);
		assertThat(patched.get("EmployeeEmail").asString()).isEqualTo("olle@example.se");

		String path = "/api/v1/records/employees/" + olle.get("id").asString();
		assertThat(this.http.delete(path).status()).isEqualTo(204);
		ImportFlowContract.assertError(this.http.get(path), 404, "NOT_FOUND");
		ImportFlowContract.assertError(this.http.delete(path), 404, "NOT_FOUND");
		ImportFlowContract.assertError(this.http.delete("/api/v1/records/employees/not-a-number"), 404, "NOT_FOUND");
	}

	@Test
	void categoriesAreCreatedAndFoundByName() {
		JsonNode company = created(
				post("company-categories", "{\"CompanyCategoryName\": \"Återförsäljare " + this.run + "\"}"));
		JsonNode product = created(post("product-categories", "{\"ProductCategoryName\": \"Skruv " + this.run + "\"}"));
		JsonNode found = ok(
				this.http.get("/api/v1/records/product-categories?ProductCategoryName=Skruv%20" + this.run));
		assertThat(ids(found)).containsExactly(product.get("id").asString());
		assertThat(ok(this.http.get("/api/v1/records/company-categories/" + company.get("id").asString()))
			.get("CompanyCategoryName")
			.asString()).isEqualTo("Återförsäljare " + this.run);
		// The name is the natural key, ignoring case.
		ImportFlowContract.assertError(
				post("product-categories", "{\"ProductCategoryName\": \"SKRUV " + this.run + "\"}"), 422, "VALIDATION");
		assertThat(this.http.delete("/api/v1/records/company-categories/" + company.get("id").asString()).status())
			.isEqualTo(204);
	}

	@Test
	void anEmployeeACompanyReferencesCannotBeDeleted() {
		JsonNode owner = created(post("employees", "{\"EmployeeNo\": \"S" + this.run
				+ "\", \"EmployeeFirstName\": \"Sven\", \"EmployeeLastName\": \"Ek\"}"));
		String ownerId = owner.get("id").asString();
		JsonNode company = created(post("companies",
				"{\"CompanyName\": \"Ek & Co " + this.run + "\", \"employeeId\": \"" + ownerId + "\"}"));
		assertThat(company.get("employeeId").asString()).isEqualTo(ownerId);
		assertThat(company.get("kind").asString()).isEqualTo("customer");
		assertThat(company.get("CompanyId").asString()).matches("[0-9]+");
		JsonNode ofOwner = ok(this.http.get("/api/v1/records/companies?employeeId=" + ownerId));
		assertThat(ids(ofOwner)).containsExactly(company.get("id").asString());

		JsonNode other = created(
				post("employees", "{\"EmployeeNo\": \"T" + this.run + "\", \"EmployeeLastName\": \"Tor\"}"));
		JsonNode contact = created(post("contacts", "{\"ContactFirstName\": \"Lina\", \"companyId\": \""
				+ company.get("id").asString() + "\", \"employeeId\": \"" + other.get("id").asString() + "\"}"));
		assertThat(contact.get("companyId").asString()).isEqualTo(company.get("id").asString());

		Http.Response refused = this.http.delete("/api/v1/records/employees/" + ownerId);
		ImportFlowContract.assertError(refused, 409, "WRONG_STATE");
		assertThat(refused.json().get("message").asString()).contains("1 companies record");
		ImportFlowContract.assertError(this.http.delete("/api/v1/records/employees/" + other.get("id").asString()), 409,
				"WRONG_STATE");

		// Moving the company to another owner by PATCH frees the first one.
		JsonNode moved = ok(this.http.patch("/api/v1/records/companies/" + company.get("id").asString(),
				"{\"employeeId\": \"" + other.get("id").asString() + "\"}"));
		assertThat(moved.get("employeeId").asString()).isEqualTo(other.get("id").asString());
		assertThat(moved.get("version").asLong()).isEqualTo(2);
		assertThat(this.http.delete("/api/v1/records/employees/" + ownerId).status()).isEqualTo(204);
		Http.Response stillOwner = this.http.delete("/api/v1/records/employees/" + other.get("id").asString());
		assertThat(stillOwner.json().get("message").asString()).contains("companies", "contacts");
	}

	@Test
	void badValuesAndUnknownLinksAreRefusedWithDetails() {
		Http.Response bad = post("employees",
				"{\"EmployeeNo\": \"" + "x".repeat(51) + "\", \"EmployeeEmail\": \"not an e-mail\"}");
		ImportFlowContract.assertError(bad, 422, "VALIDATION");
		List<String> fields = new ArrayList<>();
		bad.json().get("details").forEach((d) -> fields.add(d.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("EmployeeNo", "EmployeeEmail");

		Http.Response missing = post("company-categories", "{}");
		ImportFlowContract.assertError(missing, 422, "VALIDATION");
		assertThat(missing.json().get("details").get(0).get("field").asString()).isEqualTo("CompanyCategoryName");

		Http.Response noSuchOwner = post("companies",
				"{\"CompanyName\": \"Nobody AB " + this.run + "\", \"employeeId\": \"999999999\"}");
		ImportFlowContract.assertError(noSuchOwner, 422, "VALIDATION");
		assertThat(noSuchOwner.json().get("details").get(0).get("field").asString()).isEqualTo("employeeId");
		assertThat(ok(this.http.get("/api/v1/records/companies?CompanyName=Nobody%20AB%20" + this.run)).get("total")
			.asLong()).isZero();

		Http.Response withoutCompany = post("opportunities", "{\"SalesOpportunityTitle\": \"Deal " + this.run + "\"}");
		ImportFlowContract.assertError(withoutCompany, 422, "VALIDATION");
		assertThat(withoutCompany.json().get("details").get(0).get("field").asString()).isEqualTo("companyId");

		ImportFlowContract.assertError(post("employees", "{\"Shoe size\": 44}"), 422, "UNKNOWN_FIELD");
	}

	@Test
	void unknownEntitiesAnswer404() {
		ImportFlowContract.assertError(post("unicorns", "{\"Name\": \"x\"}"), 404, "NOT_FOUND");
		ImportFlowContract.assertError(this.http.get("/api/v1/records/unicorns"), 404, "NOT_FOUND");
		ImportFlowContract.assertError(this.http.delete("/api/v1/records/unicorns/1"), 404, "NOT_FOUND");
		ImportFlowContract.assertError(this.http.patch("/api/v1/records/unicorns/1", "{}"), 404, "NOT_FOUND");
	}

	@Test
	void linesAndPricesCarryTheirParentAndProductLinks() {
		JsonNode category = created(
				post("product-categories", "{\"ProductCategoryName\": \"Beslag " + this.run + "\"}"));
		JsonNode product = created(post("products",
				"{\"ProductNo\": \"P" + this.run + "\", \"ProductName\": \"Skruv M6\","
						+ " \"ProductPrice\": \"12.50\", \"productCategoryId\": \"" + category.get("id").asString()
						+ "\"}"));
		assertThat(product.get("ProductPrice").asString()).isEqualTo("12.5000");
		JsonNode list = created(post("price-lists", "{\"PriceListId\": \"L" + this.run + "\"}"));
		JsonNode price = created(post("price-list-prices", "{\"priceListId\": \"" + list.get("id").asString()
				+ "\", \"productId\": \"" + product.get("id").asString() + "\", \"PriceOut\": \"10.00\"}"));
		JsonNode ofList = ok(
				this.http.get("/api/v1/records/price-list-prices?priceListId=" + list.get("id").asString()));
		assertThat(ids(ofList)).containsExactly(price.get("id").asString());
		assertThat(ofList.get("items").get(0).get("productId").asString()).isEqualTo(product.get("id").asString());
		ImportFlowContract.assertError(this.http.delete("/api/v1/records/products/" + product.get("id").asString()),
				409, "WRONG_STATE");
		assertThat(this.http.delete("/api/v1/records/price-list-prices/" + price.get("id").asString()).status())
			.isEqualTo(204);
		assertThat(this.http.delete("/api/v1/records/products/" + product.get("id").asString()).status())
			.isEqualTo(204);
	}

	private Http.Response post(String entity, String json) {
		return this.http.post("/api/v1/records/" + entity, json);
	}

	private static JsonNode created(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static JsonNode ok(Http.Response response) {
		return ImportFlowContract.ok(response);
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
