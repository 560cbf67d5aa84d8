package intake.job;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import intake.support.CompanyFiles;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning the next chunk while the previous one is written, outside the tenant lock: a
 * writer that commits in between (another import, a record edit) makes the chunk planned
 * ahead stale, and the job plans it again instead of writing what it missed. The hook of
 * {@link ImportRunner} holds the planning thread after a chunk was planned ahead until
 * the other writer has committed, so the race happens every time.
 */
@org.junit.jupiter.api.extension.ExtendWith(intake.support.NoDanglingLinks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "intake.chunk-size=200", "intake.plan-ahead=ON" })
abstract class PlanAheadContract {

	private static final int COMPANIES = 300;

	/** Company 150's rows lie in the second chunk (rows 201–400). */
	private static final int MET = 150;

	@LocalServerPort
	int port;

	@Autowired
	ImportRunner runner;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@AfterEach
	void noHook() {
		this.runner.afterPlanningAhead(null);
	}

	@Test
	void aCompanyAnotherImportStoresWhileTheChunkIsPlannedAheadIsNotCreatedTwice() {
		int stem = CompanyFiles.orgStem();
		String tag = "pa" + stem;
		String file = companies(tag, stem);
		// the other file gives the met company a customer number of its own (not a
		// number this import would hand out)
		String other = HEADER + row(tag, stem, MET, 0).replaceFirst(";;", ";;" + tag + "-other");
		String first = upload(file);
		String second = upload(other);
		long replans = this.runner.replans();
		// after the second chunk of the first import was planned (with company 150 as
		// new), the second import stores company 150 and commits
		JsonNode a = runWithWriterBetween(first,
				() -> assertThat(run(second).get("status").asString()).isEqualTo("COMPLETED"));
		assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("COMPLETED");
		// known by name and postcode only: no unique key would refuse a second one
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name = :v", "Bolag " + tag + " " + MET + " AB"))
			.isEqualTo(1);
		assertThat(this.runner.replans()).isGreaterThan(replans);
		JsonNode companies = a.get("counts").get("companies");
		assertThat(companies.get("created").asLong()).as(a.toString()).isEqualTo(COMPANIES - 1);
		assertThat(companies.get("skipped").asLong()).isEqualTo(1);
		// the met company's first contact came with the other import; its second is
		// this import's
		JsonNode contacts = a.get("counts").get("contacts");
		assertThat(contacts.get("created").asLong()).isEqualTo(2 * COMPANIES - 1);
		assertThat(contacts.get("skipped").asLong()).isEqualTo(1);
		// the preview recorded on the way holds every row once, as the job counts them
		Http.Response preview = this.http.get("/api/v1/imports/" + first + "/preview?limit=1&only=problems");
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.json().get("rows").get("total").asLong()).isEqualTo(2 * COMPANIES);
		assertThat(preview.json().get("summary").get("companies")).isEqualTo(a.get("counts").get("companies"));
		assertThat(preview.json().get("summary").get("contacts")).isEqualTo(a.get("counts").get("contacts"));
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v", "Bolag " + tag + " %"))
			.isEqualTo(COMPANIES);
		assertThat(count("SELECT COUNT(*) FROM contact WHERE COALESCE(contact_role_email, contact_email) LIKE :v",
				"%@" + tag + ".se"))
			.isEqualTo(2 * COMPANIES);
		assertThat(count("SELECT COUNT(*) FROM (SELECT company_gov_no FROM company WHERE company_name LIKE :v"
				+ " GROUP BY company_gov_no HAVING COUNT(*) > 1) d", "Bolag " + tag + " %"))
			.isZero();
	}

	@Test
	void aRecordEditWhileTheChunkIsPlannedAheadMakesTheJobPlanAgainAndIsKept() {
		int stem = CompanyFiles.orgStem();
		String tag = "pe" + stem;
		String first = upload(companies(tag, stem));
		long replans = this.runner.replans();
		JsonNode a = runWithWriterBetween(first, () -> {
			// company 0 comes with the first chunk, being written meanwhile
			this.http.waitForJob(first, (j) -> j.get("rows").get("processed").asLong() >= 200);
			long id = this.jdbc.sql("SELECT id FROM company WHERE company_id = :no")
				.param("no", tag + "-0")
				.query(Long.class)
				.single();
			Http.Response edit = this.http.patch("/api/v1/records/companies/" + id,
					"{\"CompanyName\": \"Ändrat " + tag + "\"}");
			assertThat(edit.status()).as(edit.body()).isEqualTo(200);
		});
		assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("COMPLETED");
		assertThat(this.runner.replans()).isGreaterThan(replans);
		assertThat(a.get("counts").get("companies").get("created").asLong()).isEqualTo(COMPANIES);
		assertThat(a.get("counts").get("contacts").get("created").asLong()).isEqualTo(2 * COMPANIES);
		assertThat(a.get("rows").get("processed").asLong()).isEqualTo(2 * COMPANIES);
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name = :v", "Ändrat " + tag)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v", "Bolag " + tag + " %"))
			.isEqualTo(COMPANIES - 1);
		assertThat(count("SELECT COUNT(*) FROM contact WHERE COALESCE(contact_role_email, contact_email) LIKE :v",
				"%@" + tag + ".se"))
			.isEqualTo(2 * COMPANIES);
	}

	@Test
	void aStoredCompanyDeletedWhileTheChunkIsPlannedAheadIsCreatedAgainNotLinkedTo() {
		int stem = CompanyFiles.orgStem();
		String tag = "pd" + stem;
		// stored before the import, known to it by name and postcode: its rows join it
		String stored = upload(HEADER + row(tag, stem, MET, 0).replaceFirst(";;", ";;" + tag + "-stored")
			.replaceFirst(";Åsa0;Öberg;[^;\r]*\r\n$", ";;;\r\n"));
		assertThat(run(stored).get("status").asString()).isEqualTo("COMPLETED");
		long storedId = this.jdbc.sql("SELECT id FROM company WHERE company_id = :no")
			.param("no", tag + "-stored")
			.query(Long.class)
			.single();
		String first = upload(companies(tag, stem));
		long replans = this.runner.replans();
		// the second chunk was planned with the stored company as the home of its
		// rows' contacts; then the company is deleted
		JsonNode a = runWithWriterBetween(first, () -> {
			Http.Response deleted = this.http.delete("/api/v1/records/companies/" + storedId);
			assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		});
		assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("COMPLETED");
		assertThat(this.runner.replans()).isGreaterThan(replans);
		// planned again, the company is new: every company and contact of the file
		// created, none pointing at the deleted one (NoDanglingLinks checks all links)
		assertThat(a.get("counts").get("companies").get("created").asLong()).isEqualTo(COMPANIES);
		assertThat(a.get("counts").get("contacts").get("created").asLong()).isEqualTo(2 * COMPANIES);
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name = :v", "Bolag " + tag + " " + MET + " AB"))
			.isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM contact WHERE company_ref_id = :id")
			.param("id", storedId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void withoutOtherWritersNoChunkIsPlannedAgain() {
		int stem = CompanyFiles.orgStem();
		String tag = "pn" + stem;
		String first = upload(companies(tag, stem));
		java.util.concurrent.atomic.AtomicLong ahead = new java.util.concurrent.atomic.AtomicLong();
		this.runner.afterPlanningAhead((job, chunk) -> {
			if (job.equals(first)) {
				ahead.incrementAndGet();
			}
		});
		long replans = this.runner.replans();
		JsonNode a = run(first);
		assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("COMPLETED");
		// all three chunks were planned ahead, none again
		assertThat(ahead.get()).isEqualTo(3);
		assertThat(this.runner.replans()).isEqualTo(replans);
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v", "Bolag " + tag + " %"))
			.isEqualTo(COMPANIES);
	}

	private static final String HEADER = "Företagsnamn;Organisationsnummer;Kundnummer;Postnummer;Ort;"
			+ "Kontaktperson förnamn;Kontaktperson efternamn;Kontakt e-post\r\n";

	/**
	 * 300 companies with two contacts each, one row per contact; company {@link #MET}
	 * without organisation and customer number.
	 */
	private static String companies(String tag, int stem) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int c = 0; c < COMPANIES; c++) {
			csv.append(row(tag, stem, c, 0)).append(row(tag, stem, c, 1));
		}
		return csv.toString();
	}

	private static String row(String tag, int stem, int company, int contact) {
		String keys = (company == MET) ? ";" : CompanyFiles.swedishOrgNo(stem + company) + ";" + tag + "-" + company;
		return "Bolag " + tag + " " + company + " AB;" + keys + ";903 25;Umeå;Åsa" + contact + ";Öberg;k" + company
				+ "." + contact + "@" + tag + ".se\r\n";
	}

	/** A count query with one parameter, {@code :v}. */
	private long count(String sql, String value) {
		return this.jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	private String upload(String text) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "f.csv",
				text.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** Starts the import and waits until it has ended. */
	private JsonNode run(String id) {
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		return this.http.waitForJob(id, (j) -> !j.get("status").asString().matches("QUEUED|RUNNING"));
	}

	/**
	 * Runs the import with {@code meanwhile} done on its planning thread once the second
	 * chunk was planned ahead (before that chunk is written), as another writer would act
	 * then; what {@code meanwhile} throws fails the test.
	 */
	private JsonNode runWithWriterBetween(String id, Meanwhile meanwhile) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		this.runner.afterPlanningAhead((job, chunk) -> {
			if (job.equals(id) && chunk == 1) {
				try {
					meanwhile.run();
				}
				catch (Throwable ex) {
					failure.set(ex);
				}
			}
		});
		JsonNode done = run(id);
		assertThat(failure.get()).isNull();
		return done;
	}

	/** What another writer does while a chunk is planned ahead. */
	private interface Meanwhile {

		void run() throws Exception;

	}

}
