package intake.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant settings and the import type templates through HTTP. Subclasses run it on H2
 * and on PostgreSQL; every test leaves the demo tenant with the default settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SettingsContract {

	static final String DEFAULTS = "{\"country\":\"SE\",\"locale\":\"sv-SE\",\"timeZone\":\"Europe/Stockholm\","
			+ "\"currency\":\"SEK\"}";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@AfterEach
	void resetSettings() {
		Http.Response reset = this.http.put("/api/v1/settings", DEFAULTS);
		assertThat(reset.status()).as(reset.body()).isEqualTo(200);
	}

	@Test
	void newTenantsHaveTheSwedishDefaults() {
		JsonNode settings = ok(this.http.get("/api/v1/settings"));
		assertThat(settings.toString()).isEqualTo(DEFAULTS);
	}

	@Test
	void putChangesOnlyTheFieldsItNamesAndIsStored() {
		JsonNode changed = ok(this.http.put("/api/v1/settings", "{\"country\":\"no\",\"currency\":\"nok\"}"));
		assertThat(changed.toString()).isEqualTo("{\"country\":\"NO\",\"locale\":\"sv-SE\","
				+ "\"timeZone\":\"Europe/Stockholm\",\"currency\":\"NOK\"}");

		ok(this.http.put("/api/v1/settings", "{\"locale\":\"nb-no\",\"timeZone\":\"Europe/Oslo\"}"));
		JsonNode stored = ok(this.http.get("/api/v1/settings"));
		assertThat(stored.toString())
			.isEqualTo("{\"country\":\"NO\",\"locale\":\"nb-NO\",\"timeZone\":\"Europe/Oslo\",\"currency\":\"NOK\"}");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			country  | XX           | is not an ISO 3166 alpha-2 country code
			country  | SWE          | is not an ISO 3166 alpha-2 country code
			country  | ''           | is not an ISO 3166 alpha-2 country code
			locale   | sv           | is not a locale with a language and a country
			locale   | sv_SE        | is not a locale with a language and a country
			locale   | xx-SE        | is not a locale with a language and a country
			locale   | sv-XX        | is not a locale with a language and a country
			timeZone | Europe/Malmo | is not a time zone
			timeZone | CET+1        | is not a time zone
			currency | XYZ          | is not an ISO 4217 currency code
			currency | kronor       | is not an ISO 4217 currency code
			""")
	void aBadValueIsA422NamingTheFieldAndNothingChanges(String field, String value, String message) {
		Http.Response response = this.http.put("/api/v1/settings",
				"{\"currency\":\"EUR\",\"" + field + "\":\"" + value + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode error = response.json();
		assertThat(error.get("error").asString()).isEqualTo("VALIDATION");
		assertThat(error.get("details")).singleElement().satisfies((detail) -> {
			assertThat(detail.get("field").asString()).isEqualTo(field);
			assertThat(detail.get("value").asString()).isEqualTo(value);
			assertThat(detail.get("message").asString()).contains(message);
		});
		assertThat(ok(this.http.get("/api/v1/settings")).toString()).isEqualTo(DEFAULTS);
	}

	@Test
	void everyBadFieldIsNamed() {
		Http.Response response = this.http.put("/api/v1/settings",
				"{\"country\":\"Sverige\",\"locale\":\"svenska\",\"timeZone\":\"Stockholm\",\"currency\":\"kr\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.json().get("details").valueStream().map((d) -> d.get("field").asString()))
			.containsExactly("country", "locale", "timeZone", "currency");
	}

	@Test
	void theLocaleDecidesDatesThatFitBothOrders() {
		byte[] file = "CompanyName;CompanyDateRegistrered\r\nAlfa AB;03/04/2024\r\nBeta AB;05/06/2024\r\n"
			.getBytes(StandardCharsets.UTF_8);

		String job = upload(file);
		JsonNode swedish = firstPreviewItem(job);
		assertThat(swedish.get("values").get("CompanyDateRegistrered").asString()).isEqualTo("2024-04-03");

		ok(this.http.put("/api/v1/settings", "{\"locale\":\"en-US\"}"));
		JsonNode american = firstPreviewItem(upload(file));
		assertThat(american.get("values").get("CompanyDateRegistrered").asString()).isEqualTo("2024-03-04");
		// The preview built before the change is built again with the new settings.
		assertThat(firstPreviewItem(job).get("values").get("CompanyDateRegistrered").asString())
			.isEqualTo("2024-03-04");

		ok(this.http.put("/api/v1/settings", "{\"locale\":\"sv-SE\"}"));
		JsonNode swedishAgain = firstPreviewItem(upload(file));
		assertThat(swedishAgain.get("values").get("CompanyDateRegistrered").asString()).isEqualTo("2024-04-03");
	}

	@Test
	void theTemplateIsACsvAttachmentWithBomHeaderAndExampleRow() throws Exception {
		HttpResponse<byte[]> response = download("/api/v1/import-types/products/template.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/csv;charset=utf-8"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"products-template.csv\"");
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFProductNo;ProductName;ProductCategory;");
		assertThat(text.split("\r\n")).hasSize(2);
		assertThat(text.split("\r\n")[1]).startsWith("A-1001;Kontorsstol Ergo;");
	}

	@Test
	void theTemplateOfAnUnknownTypeIsA404() throws Exception {
		HttpResponse<byte[]> response = download("/api/v1/import-types/invoices/template.csv");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"error\":\"NOT_FOUND\"")
			.contains("There is no import type 'invoices'");
	}

	private String upload(byte[] file) {
		Http.Response response = this.http.upload("/api/v1/imports", Map.of("type", "companies"), "datum.csv", file);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode job = response.json();
		assertThat(job.get("columns").get(1).get("field").asString()).isEqualTo("CompanyDateRegistrered");
		return job.get("id").asString();
	}

	private JsonNode firstPreviewItem(String jobId) {
		JsonNode preview = ok(this.http.get("/api/v1/imports/" + jobId + "/preview?limit=1"));
		assertThat(preview.get("rows").get("invalid").asLong()).isZero();
		return preview.get("items").get(0);
	}

	private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", Http.ADMIN_AUTHORIZATION)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
