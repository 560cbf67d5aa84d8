package intake.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.job.Undos;
import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo of imports that wrote records of every entity, end to end through HTTP. Imports of
 * most entities are not there yet, so each test imports a tiny companies file and adds,
 * by SQL, the records an import of the other entities would have written under the same
 * job (its id, version 1). Subclasses run it on H2 and on PostgreSQL.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AllEntitiesUndoContract {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Undos undos;

	Http http;

	private String tag;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.tag = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void undoRemovesRecordsOfEveryEntityChildrenFirstAndKeepsWhatWasEditedOrIsReferencedSince() {
		String job = importCompanyWithContact();
		long company = single("SELECT id FROM company WHERE import_job_id = :job", job);
		long contact = single("SELECT id FROM contact WHERE import_job_id = :job", job);
		long employee = insert("employee", job, 1, Map.of("employee_no", this.tag));
		// The import set the owner when it created the company: no edit.
		this.jdbc.sql("UPDATE company SET employee_ref_id = :e WHERE id = :id")
			.param("e", employee)
			.param("id", company)
			.update();
		long companyCategory = insert("company_category", job, 1,
				Map.of("company_category_name", "VIP " + this.tag, "company_category_name_key", "vip " + this.tag));
		long account = insert("account", job, 1, Map.of("account_name", "Kassa"));
		long category = productCategory(job, "Verktyg");
		long categoryOfReferenced = productCategory(job, "Skruv");
		long product = product(job, 1, category, "P1");
		long edited = product(job, 2, category, "P2");
		long referenced = product(job, 1, categoryOfReferenced, "P3");
		long priceList = insert("price_list", job, 1, Map.of("price_list_id", "PL-" + this.tag));
		long price = insert("price_list_price", job, 1,
				Map.of("price_list_ref_id", priceList, "product_ref_id", product, "price_out", 100));
		long priceOfEdited = insert("price_list_price", job, 1,
				Map.of("price_list_ref_id", priceList, "product_ref_id", edited, "price_out", 200));
		long note = insert("note", job, 1, Map.of("note_title", "Ring", "company_ref_id", company, "contact_ref_id",
				contact, "employee_ref_id", employee));
		long task = insert("task", job, 1,
				Map.of("task_title", "Möte", "company_ref_id", company, "contact_ref_id", contact));
		long opportunity = insert("opportunity", job, 1,
				Map.of("sales_opportunity_title", "Affär", "company_ref_id", company, "employee_ref_id", employee));
		long invoice = insert("recurring_invoice", job, 1,
				Map.of("repeating_order_id", "RI-" + this.tag, "company_ref_id", company));
		long line = insert("recurring_invoice_line", job, 1, Map.of("recurring_invoice_ref_id", invoice,
				"product_ref_id", product, "repeating_name", "Hyra", "repeating_quantity", 1));
		long lineWithoutProduct = insert("recurring_invoice_line", job, 1,
				Map.of("recurring_invoice_ref_id", invoice, "repeating_name", "Avgift", "repeating_quantity", 2));
		// A later import prices the third product.
		String later = UUID.randomUUID().toString();
		long laterList = insert("price_list", later, 1, Map.of("price_list_id", "PLB-" + this.tag));
		long laterPrice = insert("price_list_price", later, 1,
				Map.of("price_list_ref_id", laterList, "product_ref_id", referenced, "price_out", 300));
		// The import updated a product it found (stock 5 → 7, category moved), journaled.
		long oldCategory = productCategory(null, "Gammal");
		long updated = insert("product", null, 2, Map.of("product_no", "X-" + this.tag, "product_name", "Hammare",
				"product_category_ref_id", category, "product_stock_qty", 7));
		long journal = journal(job, "products", updated, 2,
				"{\"ProductStockQty\":\"5\",\"productCategoryId\":" + oldCategory + "}");
		// Another tenant's record with the same job id is none of this undo's business.
		long tenant = otherTenant();
		long foreign = insertFor(tenant, "account", job, 1, Map.of("account_name", "Främmande"));

		JsonNode preview = ok(this.http.get("/api/v1/imports/" + job + "/undo-preview"));
		assertThat(figures(preview.get("remove"))).containsExactly(Map.entry("companies", 1L),
				Map.entry("contacts", 1L), Map.entry("accounts", 1L), Map.entry("company-categories", 1L),
				Map.entry("employees", 1L), Map.entry("notes", 1L), Map.entry("opportunities", 1L),
				Map.entry("price-list-prices", 2L), Map.entry("price-lists", 1L), Map.entry("products", 1L),
				Map.entry("recurring-invoice-lines", 2L), Map.entry("recurring-invoices", 1L), Map.entry("tasks", 1L));
		assertThat(figures(preview.get("restore"))).containsExactly(Map.entry("products", 1L));
		assertThat(figures(preview.get("keep"))).containsExactly(Map.entry("product-categories", 2L),
				Map.entry("products", 2L));
		assertThat(UndoFlowContract.kept(preview)).containsExactlyInAnyOrder(
				"products " + edited + " MODIFIED_AFTER_IMPORT", "products " + referenced + " REFERENCED",
				"product-categories " + category + " REFERENCED",
				"product-categories " + categoryOfReferenced + " REFERENCED");

		Http.Response accepted = this.http.post("/api/v1/imports/" + job + "/undo", null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		JsonNode undo = this.http.waitForStatus(job, "UNDONE").get("undo");
		assertThat(undo.get("remove")).isEqualTo(preview.get("remove"));
		assertThat(undo.get("restore")).isEqualTo(preview.get("restore"));
		assertThat(undo.get("keep")).isEqualTo(preview.get("keep"));
		assertThat(UndoFlowContract.kept(undo)).isEqualTo(UndoFlowContract.kept(preview));

		assertGone("company", company);
		assertGone("contact", contact);
		assertGone("employee", employee);
		assertGone("company_category", companyCategory);
		assertGone("account", account);
		assertGone("product", product);
		assertGone("price_list", priceList);
		assertGone("price_list_price", price);
		assertGone("price_list_price", priceOfEdited);
		assertGone("note", note);
		assertGone("task", task);
		assertGone("opportunity", opportunity);
		assertGone("recurring_invoice", invoice);
		assertGone("recurring_invoice_line", line);
		assertGone("recurring_invoice_line", lineWithoutProduct);
		assertVersion("product", edited, 2);
		assertVersion("product", referenced, 1);
		assertVersion("product_category", category, 1);
		assertVersion("product_category", categoryOfReferenced, 1);
		assertVersion("price_list", laterList, 1);
		assertVersion("price_list_price", laterPrice, 1);
		assertVersion("account", foreign, 1);
		assertVersion("product", updated, 3);
		assertThat(this.jdbc.sql("SELECT product_stock_qty FROM product WHERE id = :id")
			.param("id", updated)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("5");
		assertThat(this.jdbc.sql("SELECT product_category_ref_id FROM product WHERE id = :id")
			.param("id", updated)
			.query(Long.class)
			.single()).isEqualTo(oldCategory);
		assertThat(this.jdbc.sql("SELECT undo_result FROM import_journal WHERE id = :id")
			.param("id", journal)
			.query(String.class)
			.single()).isEqualTo("RESTORED");

		// Undo again: 200 with the job, and nothing changes.
		JsonNode again = ok(this.http.post("/api/v1/imports/" + job + "/undo", null));
		assertThat(again.get("status").asString()).isEqualTo("UNDONE");
		assertThat(again.get("undo")).isEqualTo(undo);
		assertThat(ok(this.http.get("/api/v1/imports/" + job + "/undo-preview"))).isEqualTo(undo);
		assertVersion("product", updated, 3);
		assertVersion("product", edited, 2);
		assertVersion("price_list_price", laterPrice, 1);
	}

	@Test
	void rollbackRemovesTheRecordsOfEveryEntityAnImportWroteAndLeavesTheJobStatus() {
		String job = importCompanyWithContact();
		long company = single("SELECT id FROM company WHERE import_job_id = :job", job);
		long category = productCategory(job, "Kablar");
		long product = product(job, 1, category, "K1");
		long priceList = insert("price_list", job, 1, Map.of("price_list_id", "PL-" + this.tag));
		long price = insert("price_list_price", job, 1,
				Map.of("price_list_ref_id", priceList, "product_ref_id", product, "price_out", 10));
		long note = insert("note", job, 1, Map.of("note_title", "Ring", "company_ref_id", company));
		// Written by hand since: keeps its company.
		long task = insert("task", null, 1, Map.of("task_title", "Möte", "company_ref_id", company));

		this.undos.rollback(1, job);

		assertThat(ok(this.http.get("/api/v1/imports/" + job)).get("status").asString()).isEqualTo("COMPLETED");
		assertGone("price_list_price", price);
		assertGone("price_list", priceList);
		assertGone("product", product);
		assertGone("product_category", category);
		assertGone("note", note);
		assertVersion("company", company, 1);
		assertVersion("task", task, 1);
		assertThat(single("SELECT COUNT(*) FROM contact WHERE import_job_id = :job", job)).isZero();
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + job + "/undo-preview"));
		assertThat(figures(preview.get("keep"))).containsExactly(Map.entry("companies", 1L));
		assertThat(UndoFlowContract.kept(preview)).containsExactly("companies " + company + " REFERENCED");
	}

	/** Imports one company with one contact; the job id. */
	private String importCompanyWithContact() {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				CompanyFiles.utf8Bom(UndoFlowContract.companies(this.tag, 1, 1)));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String id = uploaded.json().get("id").asString();
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = this.http.waitForStatus(id, "COMPLETED");
		assertThat(done.get("rows").get("failed").asLong()).as(done.toString()).isZero();
		return id;
	}

	private long productCategory(String job, String name) {
		return insert("product_category", job, 1, Map.of("product_category_name", name + " " + this.tag,
				"product_category_name_key", (name + " " + this.tag).toLowerCase(Locale.ROOT)));
	}

	private long product(String job, long version, long category, String number) {
		return insert("product", job, version, Map.of("product_no", number + "-" + this.tag, "product_name",
				"Produkt " + number, "product_category_ref_id", category));
	}

	/**
	 * Inserts a record of the demo tenant as an import (or, without a job, a person)
	 * wrote it; its id.
	 */
	private long insert(String table, String job, long version, Map<String, Object> values) {
		return insertFor(1, table, job, version, values);
	}

	private long insertFor(long tenant, String table, String job, long version, Map<String, Object> values) {
		long id = this.jdbc.sql("SELECT NEXTVAL('record_seq')").query(Long.class).single();
		Map<String, Object> columns = new LinkedHashMap<>(values);
		if (table.equals("account")) {
			columns.put("account_no", Long.toString(id));
		}
		this.jdbc
			.sql("INSERT INTO " + table + " (id, tenant_id, import_job_id, version, "
					+ String.join(", ", columns.keySet()) + ") VALUES (:id, :tenant, :job, :version, :"
					+ String.join(", :", columns.keySet()) + ")")
			.param("id", id)
			.param("tenant", tenant)
			.param("job", job)
			.param("version", version)
			.params(columns)
			.update();
		return id;
	}

	private long journal(String job, String entity, long record, long versionAfter, String previous) {
		long id = this.jdbc.sql("SELECT NEXTVAL('journal_seq')").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO import_journal (id, tenant_id, job_id, line, entity, record_id, version_after,
				  previous_values)
				VALUES (:id, 1, :job, 2, :entity, :record, :after, :previous)
				""")
			.param("id", id)
			.param("job", job)
			.param("entity", entity)
			.param("record", record)
			.param("after", versionAfter)
			.param("previous", previous)
			.update();
		return id;
	}

	private long otherTenant() {
		long tenant = 2_000_000L + (System.nanoTime() & 0xFFFFF);
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", tenant)
			.param("name", "other-" + this.tag)
			.update();
		return tenant;
	}

	private long single(String sql, String job) {
		return this.jdbc.sql(sql).param("job", job).query(Long.class).single();
	}

	private void assertGone(String table, long id) {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("%s %d removed", table, id).isZero();
	}

	private void assertVersion(String table, long id, long version) {
		assertThat(this.jdbc.sql("SELECT version FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()).as("%s %d kept", table, id).contains(version);
	}

	/** Entity to figure, in the order the JSON lists them. */
	private static List<Map.Entry<String, Long>> figures(JsonNode figures) {
		List<Map.Entry<String, Long>> list = new ArrayList<>();
		figures.properties().forEach((p) -> list.add(Map.entry(p.getKey(), p.getValue().asLong())));
		return list;
	}

	private static JsonNode ok(Http.Response response) {
		return ImportFlowContract.ok(response);
	}

}
