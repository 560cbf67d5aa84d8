package intake.crm;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import intake.plan.Candidate;
import intake.plan.NewRecord;
import intake.plan.StoredRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JdbcRecordDirectory} against records written by {@link RecordWriter}, in a
 * tenant of each test's own. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class RecordsDirectoryContract {

	@Autowired
	RecordWriter writer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Durability durability;

	long tenant;

	JdbcRecordDirectory directory;

	SequenceIds ids;

	@BeforeEach
	void tenant() {
		this.tenant = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", this.tenant)
			.param("name", "directory-" + UUID.randomUUID())
			.update();
		this.directory = new JdbcRecordDirectory(this.named, this.tenant, this.durability.postgres());
		this.ids = new SequenceIds(this.jdbc);
	}

	@Test
	void companiesAreFoundByCustomerNumberOrganisationNumberInAnySpellingAndExactName() {
		long acme = insert("companies", Map.of("CompanyKind", "customer", "CompanyId", "17", "CompanyName", "Acme AB",
				"CompanyGovNo", "556016-0680"));
		long acme2 = insert("companies",
				Map.of("CompanyKind", "customer", "CompanyId", "18", "CompanyName", "Acme AB"));
		long fjord = insert("companies", Map.of("CompanyKind", "customer", "CompanyId", "19", "CompanyName",
				"Fjordkraft AS", "CompanyGovNo", "NO 923 609 016 MVA"));

		Map<String, List<Candidate>> found = this.directory.candidates("companies",
				List.of("17", "5560160680", "SE556016068001", "Acme AB", "923609016", "acme ab", "Nobody"));

		assertThat(found.get("17")).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo(acme);
			assertThat(c.parentId()).isEmpty();
			assertThat(c.description()).isEqualTo("Acme AB (customer number 17, org. no. 556016-0680)");
		});
		assertThat(found.get("5560160680")).extracting(Candidate::id).containsExactly(acme);
		assertThat(found.get("SE556016068001")).extracting(Candidate::id).containsExactly(acme);
		assertThat(found.get("Acme AB")).extracting(Candidate::id).containsExactlyInAnyOrder(acme, acme2);
		assertThat(found.get("Acme AB")).extracting(Candidate::description).contains("Acme AB (customer number 18)");
		assertThat(found.get("923609016")).extracting(Candidate::id).containsExactly(fjord);
		assertThat(found).doesNotContainKeys("acme ab", "Nobody");
	}

	@Test
	void contactsAreFoundByEmailAndNameWithTheirCompany() {
		long acme = insert("companies", Map.of("CompanyKind", "customer", "CompanyId", "17", "CompanyName", "Acme AB"));
		long eva = insert("contacts", Map.of("companyId", acme, "ContactFirstName", "Eva", "ContactLastName",
				"Ångström", "ContactRoleEmail", "eva@x.se"));

		Map<String, List<Candidate>> found = this.directory.candidates("contacts",
				List.of("EVA@X.SE", "eva ångström", "Eva Berg"));

		assertThat(found.get("EVA@X.SE")).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo(eva);
			assertThat(c.parentId()).contains(acme);
			assertThat(c.description()).isEqualTo("Eva Ångström <eva@x.se> at Acme AB");
		});
		assertThat(found.get("eva ångström")).extracting(Candidate::id).containsExactly(eva);
		assertThat(found).doesNotContainKey("Eva Berg");
	}

	@Test
	void productsAreFoundByNumberSupplierNumberAndEan() {
		long skruv = insert("products", Map.of("ProductNo", "1001", "ProductName", "Skruv M6", "ProductCode", "LEV-77",
				"ProductEAN", "7312345678901"));
		insert("products", Map.of("ProductNo", "01001", "ProductName", "Mutter M6"));

		Map<String, List<Candidate>> found = this.directory.candidates("products",
				List.of("1001", "LEV-77", "7312345678901", "9999"));

		assertThat(found.get("1001")).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo(skruv);
			assertThat(c.description()).isEqualTo("1001 Skruv M6 (product number)");
		});
		assertThat(found.get("LEV-77")).extracting(Candidate::description)
			.containsExactly("1001 Skruv M6 (supplier's product number)");
		assertThat(found.get("7312345678901")).extracting(Candidate::description)
			.containsExactly("1001 Skruv M6 (EAN)");
		assertThat(found).doesNotContainKey("9999");
	}

	@Test
	void employeesAreFoundByNumberAndByFirstAndLastNameIgnoringCase() {
		long eva = insert("employees", Map.of("EmployeeNo", "7", "EmployeeFirstName", "Eva", "EmployeeLastName",
				"Ångström", "EmployeeEmail", "eva@x.se"));
		long olle = insert("employees", Map.of("EmployeeFirstName", "Olle", "EmployeeLastName", "Berg"));

		Map<String, List<Candidate>> found = this.directory.candidates("employees",
				List.of("7", "eva  ÅNGSTRÖM", "Olle Berg", "Olle"));

		assertThat(found.get("7")).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo(eva);
			assertThat(c.description()).isEqualTo("Eva Ångström (employee number 7, eva@x.se)");
		});
		assertThat(found.get("eva  ÅNGSTRÖM")).extracting(Candidate::id).containsExactly(eva);
		assertThat(found.get("Olle Berg")).extracting(Candidate::id).containsExactly(olle);
		assertThat(found).doesNotContainKey("Olle");
	}

	@Test
	void categoriesAreFoundByNameIgnoringCase() {
		long skruv = insert("product-categories", Map.of("ProductCategoryName", "Skruv & Mutter"));
		long retail = insert("company-categories", Map.of("CompanyCategoryName", "Återförsäljare"));

		assertThat(this.directory.candidates("product-categories", List.of("SKRUV & MUTTER", "Skruv")))
			.containsOnlyKeys("SKRUV & MUTTER")
			.extractingByKey("SKRUV & MUTTER")
			.satisfies((c) -> assertThat(c).extracting(Candidate::id).containsExactly(skruv));
		assertThat(this.directory.candidates("company-categories", List.of("återförsäljare")).get("återförsäljare"))
			.extracting(Candidate::description)
			.containsExactly("Återförsäljare");
		assertThat(this.directory.candidates("company-categories", List.of("ÅTERFÖRSÄLJARE")).get("ÅTERFÖRSÄLJARE"))
			.extracting(Candidate::id)
			.containsExactly(retail);
	}

	@Test
	void recordsLoadByFieldKeyWithTheirValuesAndLinks() {
		long category = insert("product-categories", Map.of("ProductCategoryName", "Skruv"));
		long skruv = insert("products", Map.of("ProductNo", "1001", "ProductName", "Skruv M6", "ProductPrice",
				new BigDecimal("12.50"), "ProductStatus", true, "productCategoryId", category));
		insert("products", Map.of("ProductNo", "1002", "ProductName", "Mutter M6"));

		List<StoredRecord> loaded = this.directory.load("products", "ProductNo", List.of("1001", "1003"));

		assertThat(loaded).singleElement().satisfies((r) -> {
			assertThat(r.id()).isEqualTo(skruv);
			assertThat(r.version()).isEqualTo(1);
			assertThat(r.parentId()).isEmpty();
			assertThat(r.values()).containsEntry("ProductName", "Skruv M6")
				.containsEntry("ProductStatus", true)
				.containsEntry("productCategoryId", category)
				.doesNotContainKey("ProductCode");
			assertThat((BigDecimal) r.values().get("ProductPrice")).isEqualByComparingTo("12.5");
		});
	}

	@Test
	void recordsLoadByLinkKeyWithTheirParent() {
		long list = insert("price-lists", Map.of("PriceListId", "Butik"));
		long other = insert("price-lists", Map.of("PriceListId", "Webb"));
		long product = insert("products", Map.of("ProductNo", "1001", "ProductName", "Skruv M6"));
		long price = insertChild("price-list-prices", list,
				Map.of("productId", product, "ProductNo", "1001", "PriceOut", new BigDecimal("10")));
		insertChild("price-list-prices", other,
				Map.of("productId", product, "ProductNo", "1001", "PriceOut", new BigDecimal("11")));

		List<StoredRecord> loaded = this.directory.load("price-list-prices", "priceListId", List.of(list));

		assertThat(loaded).singleElement().satisfies((r) -> {
			assertThat(r.id()).isEqualTo(price);
			assertThat(r.parentId()).contains(list);
			assertThat(r.values()).containsEntry("priceListId", list)
				.containsEntry("productId", product)
				.containsEntry("ProductNo", "1001");
		});
		assertThat(this.directory.load("price-list-prices", "productId", List.of(product))).hasSize(2);
		assertThat(this.directory.load("price-list-prices", "priceListId", List.of())).isEmpty();
	}

	private long insert(String entity, Map<String, Object> values) {
		return write(entity, Optional.empty(), values);
	}

	private long insertChild(String entity, long parent, Map<String, Object> values) {
		return write(entity, Optional.of(parent), values);
	}

	private long write(String entity, Optional<Long> parent, Map<String, Object> values) {
		long id = this.ids.nextId(entity);
		NewRecord record = new NewRecord(entity, id, parent, 2, new HashMap<>(values));
		this.transactions.executeWithoutResult((status) -> this.writer.insert(this.tenant, null, List.of(record)));
		return id;
	}

}
