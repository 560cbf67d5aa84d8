package intake.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import intake.security.CurrentTenant;
import intake.security.Role;
import intake.security.Tenants;
import intake.security.UserAccounts;
import intake.support.FormBrowser;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Match columns" pages without a browser: what they refuse and how (the facade's 422
 * beside the form, 409 for a started job, 404 for another tenant's, 403 for a viewer's
 * write), and the richer mapping and named mappings doing what the API does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MappingPagesTest {

	static final String FILE = "Företagsnamn;Ort;Kontakt;Typ\r\nÅkesson Måleri HB;Umeå;Anna Berg;Kund\r\n"
			+ "Öbergs Rör AB;Luleå;Per Öberg;Prospekt\r\nSjöhandel AB;Malmö;Eva Ström;Kund\r\n";

	static final String PASSWORD = "a long enough password";

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-mapping-pages-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	UserAccounts accounts;

	Http api() {
		return new Http(this.port);
	}

	String upload() {
		Http.Response uploaded = api().upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				FILE.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	FormBrowser signedIn(String username, String password) {
		FormBrowser browser = new FormBrowser(this.port);
		assertThat(browser.login(username, password).status()).isEqualTo(302);
		return browser;
	}

	FormBrowser admin() {
		return signedIn(Http.ADMIN, Http.ADMIN_PASSWORD);
	}

	JsonNode job(String id) {
		return api().get("/api/v1/imports/" + id).json();
	}

	@Test
	void thePageShowsEveryColumnWithSamplesAndOffersAFieldAnotherColumnHoldsDisabled() {
		String id = upload();
		Http.Response page = admin().get("/imports/" + id + "/mapping");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body())
			.contains("Företagsnamn", "Åkesson Måleri HB", "Luleå", "Every required field has a column")
			.contains("aria-label=\"Field for column Ort\"")
			.contains("hx-post=\"/imports/" + id + "/mapping/columns/1\"")
			.containsPattern("<option value=\"CompanyName\" disabled=\"disabled\">Company name \\(used by column"
					+ " Företagsnamn\\)</option>");
	}

	@Test
	void twoColumnsToOneFieldThroughACraftedPostIs422WithTheFacadesMessageAndNothingChanges() {
		String id = upload();
		FormBrowser admin = admin();
		String page = "/imports/" + id + "/mapping";
		Http.Response refused = admin.submit(page, page + "/columns/1", Map.of("field", "CompanyName"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"problem-columns\"").contains("both map to CompanyName");
		assertThat(job(id).get("columns").get(1).get("field").asString()).isEqualTo("CompanyPostCity");

		Http.Response whole = admin.submit(page, page, Map.of("column-0", "CompanyName", "column-1", "CompanyName"));
		assertThat(whole.status()).isEqualTo(422);
		assertThat(whole.body()).contains("both map to CompanyName");
	}

	@Test
	void aColumnSavedWithoutHtmxRedirectsToThePageAndAnHtmxSaveAnswersTheTableWithTheMissingFields() {
		String id = upload();
		FormBrowser admin = admin();
		String page = "/imports/" + id + "/mapping";
		Http.Response saved = admin.submit(page, page, Map.of("column-0", "", "column-1", "CompanyPostCity"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith(page + "?done=columns");
		assertThat(job(id).get("missingRequired").toString()).contains("CompanyName");
		assertThat(job(id).get("columns").get(1).get("confidence").asDouble()).as("unchanged column").isEqualTo(1.0);
		Http.Response shown = admin.get(page);
		assertThat(shown.body()).contains("Required fields still without a column", "<li>Company name</li>")
			.contains("id=\"mapping-next-why\"");
	}

	@Test
	void aStartedImportAnswers409WithTheMessageAndItsPageLinksToTheJob() {
		String id = upload();
		assertThat(api().post("/api/v1/imports/" + id + "/start", null).status()).isEqualTo(202);
		FormBrowser admin = admin();
		String page = "/imports/" + id + "/mapping";
		Http.Response shown = admin.get(page);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("has left the mapping step").contains("href=\"/imports/" + id + "\"");
		String csrf = admin.csrf("/admin/tokens");
		for (var post : Map
			.of(page + "/columns/1", Map.of("field", ""), page + "/constants",
					Map.of("field", "CompanyCountry", "value", "SE"), page + "/save", Map.of("name", "Sent"))
			.entrySet()) {
			Http.Response refused = admin.submit("/admin/tokens", post.getKey(), post.getValue());
			assertThat(refused.status()).as(post.getKey()).isEqualTo(409);
			assertThat(refused.body()).as(post.getKey())
				.contains("id=\"mapping-closed-reason\"")
				.contains("href=\"/imports/" + id + "\"");
		}
		assertThat(csrf).isNotBlank();
	}

	@Test
	void anotherTenantsImportIs404OnThePageAndForItsForms() {
		String id = upload();
		String name = "mapping-other-" + UUID.randomUUID().toString().substring(0, 8);
		long other = this.tenants.create(name);
		this.accounts.create(other, name, PASSWORD, Role.ADMIN);
		FormBrowser stranger = signedIn(name, PASSWORD);
		String page = "/imports/" + id + "/mapping";
		Http.Response shown = stranger.get(page);
		assertThat(shown.status()).isEqualTo(404);
		assertThat(shown.body()).contains("There is no such import").doesNotContain("Åkesson").doesNotContain(id);
		for (String action : new String[] { page, page + "/columns/0", page + "/constants", page + "/save" }) {
			Http.Response refused = stranger.submit("/admin/tokens", action,
					Map.of("field", "CompanyCountry", "value", "SE", "name", "x"));
			assertThat(refused.status()).as(action).isEqualTo(404);
		}
		assertThat(job(id).get("constants").size()).isZero();
	}

	@Test
	void aViewerSeesThePageButGets403OnEveryChange() {
		String id = upload();
		String name = "mapping-viewer-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(CurrentTenant.DEMO, name, PASSWORD, Role.VIEWER);
		FormBrowser viewer = signedIn(name, PASSWORD);
		String page = "/imports/" + id + "/mapping";
		assertThat(viewer.get(page).status()).isEqualTo(200);
		assertThat(viewer.submit(page, page + "/columns/1", Map.of("field", "")).status()).isEqualTo(403);
		assertThat(viewer.submit(page, page + "/constants", Map.of("field", "CompanyCountry", "value", "SE")).status())
			.isEqualTo(403);
		assertThat(job(id).get("columns").get(1).get("field").asString()).isEqualTo("CompanyPostCity");
	}

	@Test
	void aConstantForAnUnknownFieldIs422WithTheMessageBesideTheConstantForm() {
		String id = upload();
		FormBrowser admin = admin();
		String page = "/imports/" + id + "/mapping";
		Http.Response refused = admin.submit(page, page + "/constants", Map.of("field", "NoSuchField", "value", "x"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"problem-constants\"").contains("has no field NoSuchField");
		Http.Response invalid = admin.submit(page, page + "/constants",
				Map.of("field", "CompanyNrOfEmp", "value", "many"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("The constant for CompanyNrOfEmp is not valid");
		assertThat(job(id).get("constants").size()).isZero();
	}

	@Test
	void valueMapsCombinationsSplitsAndNamedMappingsGoThroughTheFacadeAsTheApiDoes() {
		String id = upload();
		FormBrowser admin = admin();
		String page = "/imports/" + id + "/mapping";
		assertThat(admin.get(page + "?valueMapColumn=3").body()).contains("value=\"Kund\"", "value=\"Prospekt\"");
		assertThat(admin.submit(page, page + "/value-maps", Map.of("column", "3", "from", "Kund", "to", "customer"))
			.status()).isEqualTo(302);
		assertThat(admin
			.submit(page, page + "/combine", Map.of("field", "CompanyNote", "columns", "1,3", "separator", "comma"))
			.status()).isEqualTo(302);
		assertThat(admin
			.submit(page, page + "/split",
					Map.of("column", "2", "first", "ContactFirstName", "last", "ContactLastName"))
			.status()).isEqualTo(302);
		JsonNode job = job(id);
		assertThat(job.get("valueMaps").toString()).isEqualTo("{\"3\":{\"Kund\":\"customer\"}}");
		assertThat(job.get("combine").toString()).contains("\"field\":\"CompanyNote\"", "\"columns\":[1,3]",
				"\"separator\":\", \"");
		assertThat(job.get("split").toString()).contains("\"column\":2", "ContactFirstName", "ContactLastName");
		Http.Response shown = admin.get(page);
		assertThat(shown.body()).contains("Kund → customer", "Ort + Typ → Note, joined with a comma",
				"Kontakt split into");
		assertThat(admin.submit(page, page + "/remove", Map.of("what", "combine", "key", "CompanyNote")).status())
			.isEqualTo(302);
		assertThat(job(id).get("combine").size()).isZero();

		assertThat(admin.submit(page, page + "/save", Map.of("name", "Kundregister")).status()).isEqualTo(302);
		String saved = api().get("/api/v1/mappings?type=companies").json().get("items").get(0).get("id").asString();
		String second = upload();
		String secondPage = "/imports/" + second + "/mapping";
		assertThat(admin.get(secondPage).body()).contains(">Kundregister</option>");
		assertThat(admin.submit(secondPage, secondPage + "/apply", Map.of("mapping", saved)).status()).isEqualTo(302);
		assertThat(job(second).get("valueMaps").toString()).isEqualTo("{\"3\":{\"Kund\":\"customer\"}}");
		Http.Response gone = admin.submit(secondPage, secondPage + "/apply", Map.of("mapping", "no-such-mapping"));
		assertThat(gone.status()).isEqualTo(422);
		assertThat(gone.body()).contains("That saved mapping no longer exists");
	}

}
