package intake.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports for the records pages' tests, through the REST API: a companies file with
 * contact persons uploaded, started and followed to the end, as a script would.
 */
final class RecordsImports {

	private RecordsImports() {
	}

	/** A companies file of the given rows, each a company with one contact person. */
	static String companiesWithContacts(String... rows) {
		StringBuilder csv = new StringBuilder(
				"Företagsnamn;Kundnummer;Ort;Kontaktperson förnamn;Kontaktperson efternamn;Kontakt e-post\r\n");
		for (String row : rows) {
			csv.append(row).append("\r\n");
		}
		return csv.toString();
	}

	/** Uploads a companies file; the job is left in MAPPING. */
	static String upload(Http api, String csv) {
		Http.Response uploaded = api.upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	/** Uploads, starts and waits for COMPLETED. */
	static String run(Http api, String csv) {
		String id = upload(api, csv);
		Http.Response started = api.post("/api/v1/imports/" + id + "/start", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		waitFor(api, id, "COMPLETED");
		return id;
	}

	/** Waits up to 60 s for the job to reach a status; fails on another final one. */
	static JsonNode waitFor(Http api, String id, String status) {
		return api.waitForJob(id, (job) -> {
			String now = job.get("status").asString();
			assertThat(now).as(job.toString()).isIn(status, "MAPPING", "QUEUED", "RUNNING", "UNDOING");
			return now.equals(status);
		});
	}

	/**
	 * The id of the tenant's only record of an entity that the import created and that
	 * matches a filter.
	 */
	static String record(Http api, String entity, String job, String filter) {
		JsonNode page = api.get("/api/v1/records/" + entity + "?importJobId=" + job + "&" + filter).json();
		assertThat(page.get("total").asLong()).as(page.toString()).isEqualTo(1);
		return page.get("items").get(0).get("id").asString();
	}

}
