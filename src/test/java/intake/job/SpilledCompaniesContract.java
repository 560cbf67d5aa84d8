package intake.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

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
 * An import whose file holds more companies than its planner keeps in the heap
 * ({@code intake.companies-in-heap=20}, chunks of 40 rows): each company's three rows lie
 * 120 rows apart, so every company leaves for the spill file before its next row comes.
 * The import must create each company once with all its contacts, fill what its first row
 * left empty, warn about a later row that disagrees (naming the first line), and a second
 * import of the same file as {@code UPSERT} must find everything unchanged. No spill file
 * is left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "intake.chunk-size=40", "intake.companies-in-heap=20" })
abstract class SpilledCompaniesContract {

	private static final int COMPANIES = 120;

	private static final String HEADER = "Företagsnamn;Organisationsnummer;Kundnummer;Postnummer;Ort;"
			+ "Kontaktperson förnamn;Kontaktperson efternamn;Kontakt e-post\r\n";

	@LocalServerPort
	int port;

	@Autowired
	ImportRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntakeProperties properties;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void companiesSpilledBetweenTheirRowsAreCreatedOnceFilledAndWarnedAbout() throws IOException {
		int stem = CompanyFiles.orgStem();
		String tag = "sp" + stem;
		String file = file(tag, stem);
		long spilledBefore = this.runner.spilled();
		String first = upload(file);
		JsonNode created = run(first);
		assertThat(created.get("status").asString()).as(created.toString()).isEqualTo("COMPLETED");
		assertThat(this.runner.spilled()).isGreaterThan(spilledBefore + COMPANIES);
		assertThat(created.get("counts").get("companies").get("created").asLong()).isEqualTo(COMPANIES);
		assertThat(created.get("counts").get("contacts").get("created").asLong()).isEqualTo(3 * COMPANIES);
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v", "Bolag " + tag + " %"))
			.isEqualTo(COMPANIES);
		assertThat(count("SELECT COUNT(*) FROM (SELECT c.id FROM company c JOIN contact p ON p.company_ref_id = c.id"
				+ " WHERE c.company_name LIKE :v GROUP BY c.id HAVING COUNT(*) = 3) t", "Bolag " + tag + " %"))
			.isEqualTo(COMPANIES);
		// the first row of every third company had no city; its second row filled it
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v AND company_post_city IS NULL",
				"Bolag " + tag + " %"))
			.isZero();
		// every fifth company's third row names another city: the first one is kept
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v AND company_post_city = 'Luleå'",
				"Bolag " + tag + " %"))
			.isZero();
		JsonNode problems = ok(this.http.get("/api/v1/imports/" + first + "/preview?only=problems&limit=100"));
		assertThat(problems.get("rows").get("withWarnings").asLong()).isEqualTo(COMPANIES / 5);
		JsonNode warned = problems.get("items").get(0);
		long line = warned.get("line").asLong();
		// company c's rows are on lines 2 + c, 2 + 120 + c and 2 + 240 + c
		assertThat(line).isGreaterThanOrEqualTo(2 + 2 * COMPANIES);
		assertThat(warned.get("warnings").get(0).get("message").asString())
			.contains("differs from line " + (line - 2 * COMPANIES));
		assertNoSpillFiles();

		long spilledBetween = this.runner.spilled();
		String second = upload(file);
		Http.Response options = this.http.put("/api/v1/imports/" + second + "/options",
				"{\"mode\": \"UPSERT\", \"matchOn\": [\"CompanyId\", \"CompanyGovNo\"]}");
		assertThat(options.status()).as(options.body()).isEqualTo(200);
		JsonNode upserted = run(second);
		assertThat(upserted.get("status").asString()).as(upserted.toString()).isEqualTo("COMPLETED");
		assertThat(this.runner.spilled()).isGreaterThan(spilledBetween);
		assertThat(upserted.get("counts").get("companies").get("unchanged").asLong()).as(upserted.toString())
			.isEqualTo(COMPANIES);
		assertThat(upserted.get("counts").get("companies").get("updated").asLong()).isZero();
		assertThat(upserted.get("counts").get("contacts").get("unchanged").asLong()).isEqualTo(3 * COMPANIES);
		assertThat(upserted.get("counts").get("contacts").get("created").asLong()).isZero();
		assertThat(count("SELECT COUNT(*) FROM company WHERE company_name LIKE :v", "Bolag " + tag + " %"))
			.isEqualTo(COMPANIES);
		assertNoSpillFiles();
	}

	/**
	 * Round by round, each company once per round: company {@code c}'s rows are 120 rows
	 * apart. Every third company's first row has no city; every fifth company's third row
	 * names another city; every tenth has a customer number but no organisation number.
	 */
	private static String file(String tag, int stem) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int round = 0; round < 3; round++) {
			for (int c = 0; c < COMPANIES; c++) {
				String govNo = (c % 10 == 7) ? "" : CompanyFiles.swedishOrgNo(stem + c);
				String city = (round == 0 && c % 3 == 0) ? "" : (round == 2 && c % 5 == 0) ? "Luleå" : "Umeå";
				csv.append("Bolag ")
					.append(tag)
					.append(' ')
					.append(c)
					.append(" AB;")
					.append(govNo)
					.append(';')
					.append(tag)
					.append('-')
					.append(c)
					.append(";903 25;")
					.append(city)
					.append(";Åsa")
					.append(round)
					.append(";Öberg;k")
					.append(c)
					.append('.')
					.append(round)
					.append('@')
					.append(tag)
					.append(".se\r\n");
			}
		}
		return csv.toString();
	}

	private void assertNoSpillFiles() throws IOException {
		try (Stream<Path> files = Files.walk(this.properties.dataDir())) {
			assertThat(files.filter((f) -> f.getFileName().toString().endsWith(".spill"))).isEmpty();
		}
	}

	private long count(String sql, String value) {
		return this.jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	private String upload(String text) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "f.csv",
				text.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode run(String id) {
		assertThat(this.http.post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		return this.http.waitForJob(id, (j) -> !j.get("status").asString().matches("QUEUED|RUNNING"));
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
