package intake.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.support.CompanyFiles;
import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data end to end through HTTP: erasure of private customers and contacts on
 * request, and no personal identity number in the log or in a failed import's
 * {@code failureReason}. Subclasses run it on H2 and on PostgreSQL. Every test uses
 * customer numbers and personal identity numbers of its own, so tests sharing a database
 * do not meet.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
abstract class PersonalDataContract {

	private static final String HEADER = "CompanyId;CompanyName;CompanyConsumername;CompanyGovNo;CompanyEmail;"
			+ "CompanyPhone;CompanyPostStreet;CompanyPostPostcode;CompanyPostCity;CompanyNote;ContactFirstName;"
			+ "ContactLastName;ContactRoleEmail;ContactRoleMobile\r\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void erasureClearsPersonalFieldsJournalAndStoredFilesAndUndoKeepsTheErasedRecords() {
		String tag = tag();
		String anna = personnummer();
		String bo = personnummer();
		String created = importFile(HEADER
				+ row(tag + "-1", "Svensson", "Anna", anna, "anna@" + tag + ".se", "08-123 45 67", "Storgatan 1",
						"Kerstin", "Ek", "kerstin@" + tag + ".se", "070-111 22 33")
				+ row(tag + "-2", "Berg", "Bo", bo, "bo@" + tag + ".se", "08-765 43 21", "Lillgatan 2", "", "", "", ""),
				null);
		JsonNode annaBefore = company(tag + "-1");
		JsonNode boBefore = company(tag + "-2");
		assertThat(annaBefore.get("CompanyGovNo").isNull()).isFalse();
		assertThat(annaBefore.get("kind").asString()).isEqualTo("private");
		String updated = importFile(HEADER
				+ row(tag + "-1", "Svensson", "Anna", anna, "anna@" + tag + ".se", "08-999 99 99", "Storgatan 1",
						"Kerstin", "Ek", "kerstin@" + tag + ".se", "070-444 55 66")
				+ row(tag + "-2", "Berg", "Bo", bo, "bo@" + tag + ".se", "08-888 88 88", "Lillgatan 2", "", "", "", ""),
				"{\"mode\": \"UPDATE\"}");
		String annaId = id(annaBefore);
		String boId = id(boBefore);
		JsonNode contact = ok(this.http.get("/api/v1/records/contacts?companyId=" + annaId)).get("items").get(0);
		String contactId = id(contact);
		assertThat(journalRows("companies", annaId)).isEqualTo(1);
		assertThat(journalRows("contacts", contactId)).isEqualTo(1);
		long annaVersion = ok(this.http.get("/api/v1/records/companies/" + annaId)).get("version").asLong();

		JsonNode erased = ok(this.http.post("/api/v1/records/companies/" + annaId + "/erase", null));
		assertThat(erased.get("CompanyName").asString()).isEqualTo("[erased]");
		for (String key : List.of("CompanyConsumername", "CompanyGovNo", "CompanyEmail", "CompanyPhone",
				"CompanyPhoneE164", "CompanyPostStreet", "CompanyPostPostcode", "CompanyPostCity", "CompanyNote")) {
			assertThat(erased.get(key).isNull()).as(key).isTrue();
		}
		assertThat(erased.get("CompanyId").asString()).isEqualTo(tag + "-1");
		assertThat(erased.get("kind").asString()).isEqualTo("private");
		assertThat(erased.get("version").asLong()).isEqualTo(annaVersion + 1);
		assertThat(ok(this.http.get("/api/v1/records/companies/" + annaId))).isEqualTo(erased);

		JsonNode erasedContact = ok(this.http.post("/api/v1/records/contacts/" + contactId + "/erase", null));
		assertThat(erasedContact.get("ContactLastName").asString()).isEqualTo("[erased]");
		for (String key : List.of("ContactFirstName", "ContactRoleEmail", "ContactRoleMobile",
				"ContactRoleMobileE164")) {
			assertThat(erasedContact.get(key).isNull()).as(key).isTrue();
		}
		assertThat(erasedContact.get("companyId").asString()).isEqualTo(annaId);
		assertThat(erasedContact.get("version").asLong()).isEqualTo(contact.get("version").asLong() + 1);

		assertThat(journalRows("companies", annaId)).isZero();
		assertThat(journalRows("contacts", contactId)).isZero();
		assertThat(journalRows("companies", boId)).as("other records keep theirs").isEqualTo(1);
		for (String job : List.of(created, updated)) {
			Http.Response preview = this.http.get("/api/v1/imports/" + job + "/preview");
			assertError(preview, 409, "WRONG_STATE");
			assertThat(preview.json().get("message").asString()).contains("erased");
			assertError(this.http.get("/api/v1/imports/" + job + "/errors.csv"), 409, "WRONG_STATE");
			assertError(this.http.get("/api/v1/imports/" + job + "/problems.csv"), 409, "WRONG_STATE");
			ok(this.http.get("/api/v1/imports/" + job)).get("columns")
				.forEach((column) -> assertThat(column.get("samples")).as("samples of " + job).isEmpty());
		}

		// Undo of the update has no previous values of the erased records to bring back.
		assertThat(this.http.post("/api/v1/imports/" + updated + "/undo", null).status()).isEqualTo(202);
		this.http.waitForStatus(updated, "UNDONE");
		assertThat(ok(this.http.get("/api/v1/records/companies/" + annaId))).isEqualTo(erased);
		assertThat(ok(this.http.get("/api/v1/records/contacts/" + contactId))).isEqualTo(erasedContact);
		assertThat(ok(this.http.get("/api/v1/records/companies/" + boId)).get("CompanyPhone").asString())
			.isEqualTo("08-765 43 21");

		// Undo of the creating import keeps the erased records as edited since.
		JsonNode undoPreview = ok(this.http.get("/api/v1/imports/" + created + "/undo-preview"));
		assertThat(kept(undoPreview)).contains("companies " + annaId + " MODIFIED_AFTER_IMPORT",
				"contacts " + contactId + " MODIFIED_AFTER_IMPORT");
		assertThat(this.http.post("/api/v1/imports/" + created + "/undo", null).status()).isEqualTo(202);
		this.http.waitForStatus(created, "UNDONE");
		assertThat(ok(this.http.get("/api/v1/records/companies/" + annaId))).isEqualTo(erased);
		assertThat(ok(this.http.get("/api/v1/records/contacts/" + contactId))).isEqualTo(erasedContact);
	}

	@Test
	void onlyRecordsWithPersonalDataOfTheTenantCanBeErased() {
		String tag = tag();
		String job = importFile(HEADER + row(tag + "-1", "Ek", "Eva", personnummer(), "", "", "", "", "", "", ""),
				null);
		String privateId = id(company(tag + "-1"));
		Http.Response created = this.http.post("/api/v1/records/companies",
				"{\"CompanyName\": \"Erase " + tag + " AB\", \"CompanyId\": \"" + tag + "-9\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode customer = created.json();
		Http.Response refused = this.http.post("/api/v1/records/companies/" + id(customer) + "/erase", null);
		assertError(refused, 422, "VALIDATION");
		assertThat(refused.json().get("message").asString()).contains("no personal data");
		// A product the tenant does not have (another tenant's, maybe): not found, as any
		// id.
		assertError(this.http.post("/api/v1/records/products/987654321/erase", null), 404, "NOT_FOUND");
		assertError(this.http.post("/api/v1/records/nothing/1/erase", null), 404, "NOT_FOUND");
		assertError(this.http.post("/api/v1/records/contacts/x/erase", null), 404, "NOT_FOUND");
		assertError(this.http.post("/api/v1/records/contacts/999999999/erase", null), 404, "NOT_FOUND");

		long otherTenant = ThreadLocalRandom.current().nextLong(1000, 1_000_000_000L);
		this.jdbc.sql("INSERT INTO tenant (id, name) VALUES (:id, :name)")
			.param("id", otherTenant)
			.param("name", "other-" + tag)
			.update();
		this.jdbc
			.sql("INSERT INTO contact (id, tenant_id, contact_first_name, contact_last_name) VALUES (:id, :tenant,"
					+ " 'Olle', 'Annan')")
			.param("id", otherTenant)
			.param("tenant", otherTenant)
			.update();
		assertError(this.http.post("/api/v1/records/contacts/" + otherTenant + "/erase", null), 404, "NOT_FOUND");
		assertThat(this.jdbc.sql("SELECT contact_last_name FROM contact WHERE id = :id")
			.param("id", otherTenant)
			.query(String.class)
			.single()).isEqualTo("Annan");
		assertThat(ok(this.http.get("/api/v1/records/companies/" + privateId)).get("CompanyName").asString())
			.isEqualTo("Ek");
		assertThat(this.http.get("/api/v1/imports/" + job + "/preview").status()).isEqualTo(200);
	}

	@Test
	void erasingARecordTheTenantDoesNotHaveIsNotFoundWhateverItsEntity() {
		Http.Response employee = this.http.post("/api/v1/records/employees",
				"{\"EmployeeNo\": \"" + tag() + "\", \"EmployeeLastName\": \"Ek\"}");
		assertThat(employee.status()).as(employee.body()).isEqualTo(201);
		Http.Response refused = this.http
			.post("/api/v1/records/employees/" + employee.json().get("id").asString() + "/erase", null);
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		for (String entity : new String[] { "employees", "products", "contacts", "companies" }) {
			Http.Response missing = this.http.post("/api/v1/records/" + entity + "/987654321/erase", null);
			assertThat(missing.status()).as(entity + ": " + missing.body()).isEqualTo(404);
			assertThat(missing.json().get("error").asString()).isEqualTo("NOT_FOUND");
		}
	}

	@Test
	void aFailedWriteKeepsPersonalNumbersOutOfTheLogAndTheFailureReason(CapturedOutput output) {
		String tag = tag();
		String number = personnummer();
		// A constraint the planner knows nothing of refuses this one customer: the
		// database's error quotes the row (PostgreSQL) or the constraint (H2).
		String constraint = "refuse_" + tag.replace("-", "");
		this.jdbc
			.sql("ALTER TABLE company ADD CONSTRAINT " + constraint + " CHECK (company_gov_no IS NULL OR"
					+ " company_gov_no NOT LIKE '" + number.substring(0, 6) + "%' OR company_email <> 'lisa@" + tag
					+ ".se')")
			.update();
		try {
			String failed = upload(
					HEADER + row(tag + "-1", "Lind", "Lisa", number, "lisa@" + tag + ".se", "", "", "", "", "", ""));
			Http.Response started = this.http.post("/api/v1/imports/" + failed + "/start", null);
			assertThat(started.status()).as(started.body()).isEqualTo(202);
			JsonNode job = this.http.waitForStatus(failed, "FAILED");
			String reason = job.get("failureReason").asString();
			String digits = number.replaceAll("\\D", "");
			assertThat(reason).startsWith("The import stopped")
				.doesNotContain(digits)
				.doesNotContain(number)
				.doesNotContain("lisa@" + tag);
			LogFactory.getLog(PersonalDataContract.class)
				.info("Any logger is masked: " + number + ", lisa@" + tag + ".se, 2024-05-31");
			assertThat(output.getAll())
				.contains("Any logger is masked: [personal number], l***@" + tag + ".se, 2024-05-31")
				.contains("Import " + failed + " failed")
				.contains(constraint)
				.doesNotContain(digits)
				.doesNotContain(number)
				.doesNotContain("lisa@" + tag);
		}
		finally {
			this.jdbc.sql("ALTER TABLE company DROP CONSTRAINT " + constraint).update();
		}
	}

	String importFile(String csv, String options) {
		String id = upload(csv);
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", options);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = this.http.waitForStatus(id, "COMPLETED");
		assertThat(done.get("rows").get("failed").asLong()).as(done.toString()).isZero();
		return id;
	}

	private String upload(String csv) {
		Http.Response uploaded = this.http.upload("/api/v1/imports", Map.of("type", "private-customers"),
				"privatkunder.csv", CompanyFiles.utf8Bom(csv));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	private JsonNode company(String customerNo) {
		JsonNode items = ok(this.http.get("/api/v1/records/companies?CompanyId=" + customerNo)).get("items");
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private long journalRows(String entity, String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_journal WHERE entity = :entity AND record_id = :id")
			.param("entity", entity)
			.param("id", Long.parseLong(id))
			.query(Long.class)
			.single();
	}

	private static List<String> kept(JsonNode undo) {
		List<String> kept = new ArrayList<>();
		undo.get("kept")
			.forEach((k) -> kept
				.add(k.get("entity").asString() + " " + k.get("id").asString() + " " + k.get("reason").asString()));
		return kept;
	}

	private static String row(String customerNo, String lastName, String firstName, String personnummer, String email,
			String phone, String street, String contactFirst, String contactLast, String contactEmail,
			String contactMobile) {
		return String.join(";", customerNo, lastName, firstName, personnummer, email, phone, street,
				street.isEmpty() ? "" : "114 55", street.isEmpty() ? "" : "Stockholm",
				street.isEmpty() ? "" : "Ringer om " + firstName, contactFirst, contactLast, contactEmail,
				contactMobile) + "\r\n";
	}

	/** A random valid Swedish personnummer, {@code YYMMDD-NNNC}. */
	static String personnummer() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String digits = String.format("%02d%02d%02d%03d", random.nextInt(40, 99), random.nextInt(1, 13),
				random.nextInt(1, 29), random.nextInt(0, 1000));
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int product = (digits.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return digits.substring(0, 6) + "-" + digits.substring(6) + (10 - sum % 10) % 10;
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String id(JsonNode record) {
		return record.get("id").asString();
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static void assertError(Http.Response response, int status, String code) {
		ImportFlowContract.assertError(response, status, code);
	}

}
