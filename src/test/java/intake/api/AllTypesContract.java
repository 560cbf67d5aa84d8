package intake.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import intake.support.Http;
import intake.support.NoDanglingLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import type end to end through HTTP, each with a file a Nordic user would write
 * (Swedish or Norwegian headers, {@code ;}, windows-1252 or UTF-8) that mixes valid and
 * invalid rows: exact counts, converted values and resolved relations. The types build on
 * each other (contacts on the companies, stock and prices on the products), so the tests
 * run in order on one database. Subclasses run it on H2 and on PostgreSQL.
 */
@ExtendWith(NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AllTypesContract {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	Http http;

	/** Makes this run's keys unique in a database other tests share. */
	String t;

	String alfa;

	String beta;

	String gamma;

	String anna;

	/** Once per class, after the subclass has checked its database. */
	@BeforeEach
	void companiesAndEmployees() {
		if (this.t != null) {
			return;
		}
		this.http = new Http(this.port);
		this.t = Integer.toString(10000 + ThreadLocalRandom.current().nextInt(89999));
		String file = "Kundnummer;Företagsnamn;Ort;Kontaktperson förnamn;Kontaktperson efternamn;Kontakt e-post\r\n"
				+ "K" + this.t + "1;Alfa " + this.t + " AB;Göteborg;Åsa;Öberg;asa.oberg@alfa" + this.t + ".se\r\n" + "K"
				+ this.t + "2;Bäck & Söner " + this.t + " AB;Malmö;;;\r\n" + "K" + this.t + "3;Gamma " + this.t
				+ " AS;Oslo;;;\r\n";
		JsonNode done = importFile("companies", file.getBytes(WINDOWS_1252), null);
		assertThat(done.get("counts").get("companies").get("created").asLong()).isEqualTo(3);
		this.alfa = id("companies", "CompanyId", "K" + this.t + "1");
		this.beta = id("companies", "CompanyId", "K" + this.t + "2");
		this.gamma = id("companies", "CompanyId", "K" + this.t + "3");
		this.anna = created("employees", "{\"EmployeeNo\": \"E" + this.t + "\", \"EmployeeFirstName\": \"Anna\","
				+ " \"EmployeeLastName\": \"Berg" + this.t + "\", \"EmployeeEmail\": \"anna@firma.se\"}");
	}

	@Test
	@Order(1)
	void contactsJoinTheirCompanyByNumberOrNameAndAReimportCreatesNothing() {
		String file = "Förnamn;Efternamn;Företag;E-post;Mobil;Befattning;Födelsedatum;Ansvarig\r\n" + "Eva;Ångström;K"
				+ this.t + "1;eva@alfa" + this.t + ".se;070-123 45 67;Inköpschef;1975-03-14;E" + this.t + "\r\n"
				+ "Örjan;Öst;Bäck & Söner " + this.t + " AB;orjan@back.se;;VD;1968-02-14;\r\n"
				+ "Pål;Ek;Okänd AB;pal@ok.se;;;;\r\n" + "Märta;Lund;K" + this.t + "3;marta(at)gamma.no;;;;\r\n";
		byte[] bytes = file.getBytes(WINDOWS_1252);
		JsonNode job = upload("contacts", bytes);
		assertThat(job.get("encoding").asString()).isEqualTo("windows-1252");
		assertThat(job.get("delimiter").asString()).isEqualTo(";");
		assertThat(fields(job)).containsExactly("ContactFirstName", "ContactLastName", "ContactRoleCompanyId",
				"ContactRoleEmail", "ContactRoleMobile", "ContactRolePosition", "ContactDateOfBirth", "ContactOwner");
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id(job) + "/preview"));
		assertThat(statuses(preview)).containsExactly("CREATE", "CREATE", "INVALID", "INVALID");
		assertThat(preview.get("items").get(2).get("errors").get(0).get("message").asString()).contains("Okänd AB")
			.contains("No company");
		assertThat(preview.get("items").get(2).get("errors").get(0).get("field").asString())
			.isEqualTo("ContactRoleCompanyId");
		JsonNode done = startAndWait(id(job));
		assertCounts(done, "contacts", 2, 0, 0, 0);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(2);
		JsonNode eva = one("contacts", "ContactRoleEmail", "eva@alfa" + this.t + ".se");
		assertThat(eva.get("companyId").asString()).isEqualTo(this.alfa);
		assertThat(eva.get("employeeId").asString()).isEqualTo(this.anna);
		assertThat(eva.get("ContactLastName").asString()).isEqualTo("Ångström");
		assertThat(eva.get("ContactDateOfBirth").asString()).isEqualTo("1975-03-14");
		assertThat(eva.get("ContactRoleMobileE164").asString()).isEqualTo("+46701234567");
		JsonNode orjan = one("contacts", "ContactRoleEmail", "orjan@back.se");
		assertThat(orjan.get("companyId").asString()).isEqualTo(this.beta);
		assertThat(orjan.get("ContactDateOfBirth").asString()).isEqualTo("1968-02-14");

		JsonNode again = importFile("contacts", bytes, null);
		assertCounts(again, "contacts", 0, 0, 0, 2);
	}

	@Test
	@Order(2)
	void productsCreateTheirCategoriesAndConvertSwedishNumbers() {
		String file = "Artikelnummer;Produktnamn;Produktkategori;Streckkod;Enhet;Inpris;Pris;Moms;Lagerförd;Lagersaldo\r\n"
				+ "P" + this.t + "-1;Skruv M6 rostfri;Järnvaror;7310865004703;st;0,45;1 234,50;25%;ja;100\r\n" + "P"
				+ this.t + "-2;Mutter M6;järnvaror;7310865004704;st;0,20;0,95;25;ja;40\r\n" + "P" + this.t
				+ "-3;Skiftnyckel;Verktyg;;st;89,00;199,00;25 %;nej;\r\n" + "P" + this.t
				+ "-4;;Verktyg;;st;;10,00;25;ja;\r\n" + "P" + this.t + "-5;Hammare;Verktyg;;st;;2 345,00;12;ja;2\r\n";
		JsonNode job = upload("products", file.getBytes(WINDOWS_1252));
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id(job) + "/preview"));
		assertThat(statuses(preview)).containsExactly("CREATE", "CREATE", "CREATE", "INVALID", "CREATE");
		assertThat(preview.get("summary").get("product-categories").get("created").asLong()).isEqualTo(2);
		JsonNode done = startAndWait(id(job));
		assertCounts(done, "products", 4, 0, 0, 0);
		assertCounts(done, "product-categories", 2, 0, 0, 0);
		JsonNode skruv = one("products", "ProductNo", "P" + this.t + "-1");
		assertThat(decimal(skruv, "ProductPrice")).isEqualByComparingTo("1234.50");
		assertThat(decimal(skruv, "ProductCost")).isEqualByComparingTo("0.45");
		assertThat(decimal(skruv, "ProductVatRate")).isEqualByComparingTo("25");
		assertThat(skruv.get("ProductStockInfluence").asBoolean()).isTrue();
		assertThat(skruv.get("ProductEAN").asString()).isEqualTo("7310865004703");
		JsonNode mutter = one("products", "ProductNo", "P" + this.t + "-2");
		assertThat(mutter.get("productCategoryId").asString()).isEqualTo(skruv.get("productCategoryId").asString());
		JsonNode category = ok(
				this.http.get("/api/v1/records/product-categories/" + skruv.get("productCategoryId").asString()));
		assertThat(category.get("ProductCategoryName").asString()).isEqualTo("Järnvaror");
		assertThat(category.get("importJobId").asString()).isEqualTo(id(job));
		assertThat(decimal(one("products", "ProductNo", "P" + this.t + "-5"), "ProductPrice"))
			.isEqualByComparingTo("2345");
	}

	@Test
	@Order(3)
	void stockSetsAndAdjustsLevelsOfKnownProductsOnly() {
		String set = "Artikelnummer;Streckkod;Lagersaldo;Lagerplats\r\n" + "P" + this.t + "-1;;15;Hylla A3\r\n"
				+ ";7310865004704;40;\r\n" + "X" + this.t + ";;5;\r\n";
		JsonNode job = upload("stock", set.getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("options").get("mode").asString()).isEqualTo("UPDATE");
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id(job) + "/preview"));
		assertThat(statuses(preview)).containsExactly("UPDATE", "UNCHANGED", "INVALID");
		assertThat(new java.math.BigDecimal(
				preview.get("items").get(0).get("changes").get("ProductStockQty").get("to").asString()))
			.isEqualByComparingTo("15");
		JsonNode done = startAndWait(id(job));
		assertCounts(done, "products", 0, 1, 1, 0);
		JsonNode skruv = one("products", "ProductNo", "P" + this.t + "-1");
		assertThat(decimal(skruv, "ProductStockQty")).isEqualByComparingTo("15");
		assertThat(skruv.get("ProductStockLocation").asString()).isEqualTo("Hylla A3");
		assertThat(skruv.get("version").asLong()).isEqualTo(2);

		String adjust = "Artikelnummer;Lagersaldo\r\n" + "P" + this.t + "-1;5\r\n" + "P" + this.t + "-1;-2\r\n";
		importFile("stock", adjust.getBytes(StandardCharsets.UTF_8), "{\"stock\": \"ADJUST\"}");
		assertThat(decimal(one("products", "ProductNo", "P" + this.t + "-1"), "ProductStockQty"))
			.isEqualByComparingTo("18");
		assertThat(this.http
			.put("/api/v1/imports/" + id(upload("stock", adjust.getBytes(StandardCharsets.UTF_8))) + "/options",
					"{\"mode\": \"CREATE\"}")
			.status()).isEqualTo(422);
	}

	@Test
	@Order(4)
	void priceListsAreCreatedAndPricesUpdatedOnlyWhenAsked() {
		String file = "Prisliste;Varenummer;Pris\r\n" + "Butikk-" + this.t + ";P" + this.t + "-1;99,00\r\n"
				+ "Grossist-" + this.t + ";P" + this.t + "-1;79,00\r\n" + "Butikk-" + this.t + ";P" + this.t
				+ "-2;49,50\r\n" + "Butikk-" + this.t + ";P" + this.t + "-9;10,00\r\n";
		JsonNode done = importFile("price-lists", file.getBytes(StandardCharsets.UTF_8), null);
		assertCounts(done, "price-lists", 2, 0, 0, 0);
		assertCounts(done, "price-list-prices", 3, 0, 0, 0);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(1);
		String butikk = id("price-lists", "PriceListId", "Butikk-" + this.t);
		JsonNode prices = ok(
				this.http.get("/api/v1/records/price-list-prices?priceListId=" + butikk + "&sort=PriceOut"));
		assertThat(prices.get("total").asLong()).isEqualTo(2);
		assertThat(decimal(prices.get("items").get(0), "PriceOut")).isEqualByComparingTo("49.50");
		assertThat(prices.get("items").get(1).get("productId").asString())
			.isEqualTo(id("products", "ProductNo", "P" + this.t + "-1"));

		String changed = file.replace("99,00", "89,00");
		JsonNode kept = importFile("price-lists", changed.getBytes(StandardCharsets.UTF_8), null);
		assertCounts(kept, "price-list-prices", 0, 0, 0, 3);
		JsonNode job = upload("price-lists", changed.getBytes(StandardCharsets.UTF_8));
		ok(this.http.put("/api/v1/imports/" + id(job) + "/options", "{\"updatePrices\": true}"));
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id(job) + "/preview"));
		assertThat(statuses(preview)).containsExactly("UPDATE", "UNCHANGED", "UNCHANGED", "INVALID");
		assertThat(preview.get("items").get(0).get("changes").get("PriceOut").get("from").asString()).startsWith("99");
		JsonNode updated = startAndWait(id(job));
		assertCounts(updated, "price-list-prices", 0, 1, 2, 0);
	}

	@Test
	@Order(5)
	void opportunitiesReadNorwegianStatusesAmountsAndDates() {
		String file = "Tittel;Kunde;Beløp;Sannsynlighet;Status;Fase;Lukkedato;Ansvarlig selger\r\n"
				+ "Nytt lager;Gamma " + this.t + " AS;125 000,00;60 %;Åpen;Tilbud;31.12.2026;E" + this.t + "\r\n"
				+ "Serviceavtale;K" + this.t + "1;48 000;100;Vunnet;Avsluttet;15.10.2026;\r\n" + "Utvidelse;K" + this.t
				+ "2;10 000;150;3;;01.11.2026;\r\n" + "Ukjent;Finnes ikke AS;1;10;1;;;\r\n";
		JsonNode done = importFile("opportunities", file.getBytes(StandardCharsets.UTF_8), null);
		assertCounts(done, "opportunities", 2, 0, 0, 0);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(2);
		JsonNode lager = one("opportunities", "SalesOpportunityTitle", "Nytt lager");
		assertThat(lager.get("companyId").asString()).isEqualTo(this.gamma);
		assertThat(lager.get("employeeId").asString()).isEqualTo(this.anna);
		assertThat(decimal(lager, "SalesOpportunityAmount")).isEqualByComparingTo("125000");
		assertThat(lager.get("SalesOpportunityStatus").asString()).isEqualTo("open");
		assertThat(lager.get("SalesOpportunityCloseDate").asString()).isEqualTo("2026-12-31");
		assertThat(
				one("opportunities", "SalesOpportunityTitle", "Serviceavtale").get("SalesOpportunityStatus").asString())
			.isEqualTo("won");
	}

	@Test
	@Order(6)
	void recurringInvoiceLinesGroupIntoInvoicesByAgreementNumber() {
		String file = "Avtalsnummer;Kund;Intervall;Startdatum;Artikelnummer;Benämning;Antal;Pris;Rabatt\r\n" + "A"
				+ this.t + "-1;K" + this.t + "1;Månadsvis;2027-01-01;P" + this.t
				+ "-1;Skruv M6 rostfri;10;1,20;10 %\r\n" + "A" + this.t + "-2;K" + this.t
				+ "2;Kvartalsvis;2027-01-01;;Support;1;1 500,00;\r\n" + "A" + this.t + "-1;K" + this.t
				+ "1;Månadsvis;2027-01-01;;Serviceavgift;1;250,00;\r\n" + "A" + this.t + "-2;K" + this.t
				+ "2;Kvartalsvis;2027-01-01;Q" + this.t + ";Okänd vara;1;1,00;\r\n";
		JsonNode done = importFile("recurring-invoices", file.getBytes(WINDOWS_1252), null);
		assertCounts(done, "recurring-invoices", 2, 0, 0, 0);
		assertCounts(done, "recurring-invoice-lines", 3, 0, 0, 0);
		JsonNode invoice = one("recurring-invoices", "RepeatingOrderId", "A" + this.t + "-1");
		assertThat(invoice.get("companyId").asString()).isEqualTo(this.alfa);
		assertThat(invoice.get("RepeatingInterval").asString()).isEqualTo("monthly");
		JsonNode lines = ok(this.http.get("/api/v1/records/recurring-invoice-lines?recurringInvoiceId="
				+ invoice.get("id").asString() + "&sort=RepeatingName"));
		assertThat(lines.get("total").asLong()).isEqualTo(2);
		assertThat(lines.get("items").get(0).get("RepeatingName").asString()).isEqualTo("Serviceavgift");
		assertThat(lines.get("items").get(0).get("productId").isNull()).isTrue();
		assertThat(lines.get("items").get(1).get("productId").asString())
			.isEqualTo(id("products", "ProductNo", "P" + this.t + "-1"));
		assertThat(decimal(lines.get("items").get(1), "RepeatingDiscount")).isEqualByComparingTo("10");
		JsonNode again = importFile("recurring-invoices", file.getBytes(WINDOWS_1252), null);
		assertCounts(again, "recurring-invoices", 0, 0, 0, 2);
		assertCounts(again, "recurring-invoice-lines", 0, 0, 0, 3);
	}

	@Test
	@Order(7)
	void tasksAndNotesPointAtCompaniesContactsAndEmployees() {
		String tasks = "Rubrik;Beskrivning;Typ;Kund;Kontaktperson;Ansvarig;Starttid;Sluttid;Plats\r\n"
				+ "Uppföljning;Ring om offerten;Uppgift;K" + this.t + "1;eva@alfa" + this.t + ".se;Anna Berg" + this.t
				+ ";2026-12-01 09:00;2026-12-01 09:30;\r\n" + "Årsmöte;;Möte;K" + this.t + "2;;E" + this.t
				+ ";2027-03-10 13:00;2027-03-10 15:00;Malmö\r\n" + ";Saknar rubrik;Uppgift;;;;;;\r\n";
		JsonNode done = importFile("tasks", tasks.getBytes(WINDOWS_1252), null);
		assertCounts(done, "tasks", 2, 0, 0, 0);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(1);
		JsonNode task = one("tasks", "TaskTitle", "Uppföljning");
		assertThat(task.get("companyId").asString()).isEqualTo(this.alfa);
		assertThat(task.get("contactId").asString())
			.isEqualTo(one("contacts", "ContactRoleEmail", "eva@alfa" + this.t + ".se").get("id").asString());
		assertThat(task.get("employeeId").asString()).isEqualTo(this.anna);
		assertThat(task.get("TaskType").asString()).isEqualTo("task");
		// 09:00 in the tenant's zone (Europe/Stockholm); PostgreSQL answers the instant
		// in UTC.
		assertThat(java.time.OffsetDateTime.parse(task.get("TaskDateStart").asString()).toInstant())
			.isEqualTo(java.time.Instant.parse("2026-12-01T08:00:00Z"));
		assertThat(one("tasks", "TaskTitle", "Årsmöte").get("TaskType").asString()).isEqualTo("meeting");

		String notes = "Overskrift;Beskrivelse;Dato;Kategori;Bedrift;Ansvarlig;Privat\r\n" + "Telefonmøte;Snakket om"
				+ " fornyelse;03.11.2026;Telefon;Gamma " + this.t + " AS;E" + this.t + ";nei\r\n"
				+ "Besøk;;04.11.2026;Møte;K" + this.t + "1;;ja\r\n" + "Feil;;05.11.2026;Ukjent kategori;K" + this.t
				+ "1;;\r\n";
		JsonNode notesDone = importFile("notes", notes.getBytes(StandardCharsets.UTF_8), null);
		assertCounts(notesDone, "notes", 2, 0, 0, 0);
		JsonNode note = one("notes", "NoteTitle", "Telefonmøte");
		assertThat(note.get("companyId").asString()).isEqualTo(this.gamma);
		assertThat(note.get("NoteCategoryId").asString()).isEqualTo("phone");
		assertThat(note.get("NoteDateRegistered").asString()).isEqualTo("2026-11-03");
		assertThat(note.get("NotePrivate").asBoolean()).isFalse();
		assertThat(this.http
			.put("/api/v1/imports/" + id(upload("notes", notes.getBytes(StandardCharsets.UTF_8))) + "/options",
					"{\"mode\": \"UPDATE\"}")
			.status()).isEqualTo(422);
	}

	@Test
	@Order(8)
	void accountsFollowTheChartOfAccountsAndUpdateByAccountNumber() {
		String file = "Kontonummer;Kontonamn;Momskod\r\n" + "1910;Kassa;\r\n" + "1930;Företagskonto;\r\n"
				+ "3001;Försäljning inom Sverige, 25 % moms;MP1\r\n" + "ABC;Fel konto;\r\n";
		JsonNode done = importFile("accounts", file.getBytes(WINDOWS_1252), null);
		assertCounts(done, "accounts", 3, 0, 0, 0);
		assertThat(done.get("rows").get("failed").asLong()).isEqualTo(1);
		assertThat(one("accounts", "AccountNo", "3001").get("AccountName").asString())
			.isEqualTo("Försäljning inom Sverige, 25 % moms");
		String renamed = "Kontonummer;Kontonamn\r\n1910;Kassa och växelkassa\r\n1930;Företagskonto\r\n2640;Ingående moms\r\n";
		JsonNode upsert = importFile("accounts", renamed.getBytes(WINDOWS_1252), "{\"mode\": \"UPSERT\"}");
		assertCounts(upsert, "accounts", 1, 1, 1, 0);
		assertThat(one("accounts", "AccountNo", "1910").get("AccountName").asString())
			.isEqualTo("Kassa och växelkassa");
	}

	@Test
	@Order(9)
	void companiesNameTheirOwnerAndCategoriesWhichAreCreatedOnlyOnRequest() {
		ok(this.http.get("/api/v1/records/company-categories"));
		String file = "Kundnummer;Företagsnamn;Ansvarig säljare;Kategori\r\n" + "K" + this.t + "7;Delta " + this.t
				+ " AB;E" + this.t + ";\"Återförsäljare " + this.t + ", Partner " + this.t + "\"\r\n" + "K" + this.t
				+ "8;Epsilon " + this.t + " AB;Ingen Alls;\r\n";
		JsonNode job = upload("companies", file.getBytes(WINDOWS_1252));
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + id(job) + "/preview"));
		assertThat(statuses(preview)).containsExactly("CREATE", "INVALID");
		assertThat(preview.get("items").get(0).get("warnings").toString()).contains("Återförsäljare " + this.t)
			.contains("createMissing");
		assertThat(preview.get("items").get(1).get("errors").get(0).get("message").asString()).contains("'Ingen Alls'")
			.contains("No employee");
		ok(this.http.put("/api/v1/imports/" + id(job) + "/options", "{\"createMissing\": true}"));
		JsonNode created = ok(this.http.get("/api/v1/imports/" + id(job) + "/preview"));
		assertThat(created.get("items").get(0).get("warnings").size()).isZero();
		assertThat(created.get("summary").get("company-categories").get("created").asLong()).isEqualTo(2);
		JsonNode done = startAndWait(id(job));
		assertCounts(done, "companies", 1, 0, 0, 0);
		assertCounts(done, "company-categories", 2, 0, 0, 0);
		JsonNode delta = one("companies", "CompanyId", "K" + this.t + "7");
		assertThat(delta.get("employeeId").asString()).isEqualTo(this.anna);
		assertThat(one("company-categories", "CompanyCategoryName", "Partner " + this.t).get("importJobId").asString())
			.isEqualTo(id(job));
		Http.Response referenced = this.http.delete("/api/v1/records/employees/" + this.anna);
		assertThat(referenced.status()).as(referenced.body()).isEqualTo(409);
	}

	private JsonNode importFile(String type, byte[] bytes, String options) {
		String id = id(upload(type, bytes));
		if (options != null) {
			ok(this.http.put("/api/v1/imports/" + id + "/options", options));
		}
		JsonNode done = startAndWait(id);
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
		return done;
	}

	private JsonNode upload(String type, byte[] bytes) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", type), type + ".csv", bytes);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private JsonNode startAndWait(String id) {
		Http.Response started = this.http.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = ok(this.http.get("/api/v1/imports/" + id));
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				assertThat(job.get("failureReason").isNull()).as(job.toString()).isTrue();
				return job;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("Import " + id + " did not finish in 60 s");
	}

	private String created(String entity, String json) {
		Http.Response response = this.http.post("/api/v1/records/" + entity, json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode one(String entity, String key, String value) {
		JsonNode found = ok(this.http.get("/api/v1/records/" + entity + "?" + key + "="
				+ java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
		assertThat(found.get("total").asLong()).as(entity + " " + key + "=" + value).isEqualTo(1);
		return found.get("items").get(0);
	}

	private String id(String entity, String key, String value) {
		return one(entity, key, value).get("id").asString();
	}

	private static java.math.BigDecimal decimal(JsonNode record, String key) {
		return new java.math.BigDecimal(record.get(key).asString());
	}

	private static String id(JsonNode job) {
		return job.get("id").asString();
	}

	private static List<String> fields(JsonNode job) {
		List<String> fields = new ArrayList<>();
		job.get("columns").forEach((c) -> fields.add(c.get("field").isNull() ? null : c.get("field").asString()));
		return fields;
	}

	private static List<String> statuses(JsonNode preview) {
		List<String> statuses = new ArrayList<>();
		preview.get("items").forEach((item) -> statuses.add(item.get("status").asString()));
		return statuses;
	}

	private static void assertCounts(JsonNode job, String entity, long created, long updated, long unchanged,
			long skipped) {
		JsonNode counts = job.get("counts").get(entity);
		assertThat(counts).as(entity + " in " + job.get("counts")).isNotNull();
		assertThat(List.of(counts.get("created").asLong(), counts.get("updated").asLong(),
				counts.get("unchanged").asLong(), counts.get("skipped").asLong()))
			.as(entity + " counts " + counts)
			.containsExactly(created, updated, unchanged, skipped);
	}

	static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
