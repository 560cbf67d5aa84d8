package intake.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.security.CurrentTenant;
import intake.security.Role;
import intake.security.Tenants;
import intake.security.UserAccounts;
import intake.support.FormBrowser;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error paths of the history, undo and records pages, over HTTP with a signed-in form
 * session: undo refused with 409 and the reason, another tenant's import and record 404,
 * a viewer's writes 403, a bad value 422 with its message beside the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordsPagesTest {

	static final String PASSWORD = "records pages password";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	UserAccounts accounts;

	Http api;

	FormBrowser admin;

	String run;

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-h2-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	@BeforeEach
	void signIn() {
		this.api = new Http(this.port);
		this.admin = browser(Http.ADMIN, Http.ADMIN_PASSWORD);
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void undoOfAnImportStillBeingPreparedIsExplainedAndItsPostAnswers409() {
		String job = RecordsImports.upload(this.api,
				RecordsImports.companiesWithContacts("Väntar " + this.run + ";;Luleå;;;"));

		Http.Response page = this.admin.get("/imports/" + job + "/undo");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"undo-refusal\"", "cannot be undone yet: it is MAPPING")
			.doesNotContain("id=\"undo-form\"");

		Http.Response refused = this.admin.submit("/imports/" + job + "/undo", "/imports/" + job + "/undo",
				Map.of("confirm", "yes"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("The import was not undone.", "cannot be undone yet: it is MAPPING");
		assertThat(this.api.get("/api/v1/imports/" + job).json().get("status").asString()).isEqualTo("MAPPING");
	}

	@Test
	void undoOfAnUndoneImportShowsTheResultAndItsPostAnswers409() {
		String job = RecordsImports.run(this.api,
				RecordsImports.companiesWithContacts("Ångrad " + this.run + ";;Umeå;Eva;Berg;eva@example.se"));
		Http.Response undo = this.admin.submit("/imports/" + job + "/undo", "/imports/" + job + "/undo",
				Map.of("confirm", "yes"));
		assertThat(undo.status()).as(undo.body()).isEqualTo(303);
		assertThat(undo.header("Location")).endsWith("/imports/" + job + "/undo");
		RecordsImports.waitFor(this.api, job, "UNDONE");

		Http.Response page = this.admin.get("/imports/" + job + "/undo");
		assertThat(page.body()).contains("What undo did", "already undone", "id=\"figures-companies\"");
		assertThat(this.admin.get("/imports/" + job + "/undo/status").body()).as("the status stops polling")
			.contains("id=\"undo-status\"", "What undo did")
			.doesNotContain("hx-trigger", "<html");
		Http.Response again = this.admin.submit("/imports/" + job + "/undo", "/imports/" + job + "/undo",
				Map.of("confirm", "yes"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("The import was not undone.", "already undone");
	}

	@Test
	void undoWithoutTheConfirmationIsRefusedWith422AndChangesNothing() {
		String job = RecordsImports.run(this.api,
				RecordsImports.companiesWithContacts("Kvar " + this.run + ";;Umeå;;;"));
		Http.Response refused = this.admin.submit("/imports/" + job + "/undo", "/imports/" + job + "/undo", Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Tick the box");
		assertThat(this.api.get("/api/v1/imports/" + job).json().get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void anotherTenantsImportAndRecordAnswer404() {
		String job = RecordsImports.run(this.api,
				RecordsImports.companiesWithContacts("Hemlig " + this.run + ";;Umeå;Per;Ek;per@example.se"));
		String company = RecordsImports.record(this.api, "companies", job, "CompanyName=Hemlig%20" + this.run);
		long other = this.tenants.create("other-" + this.run);
		this.accounts.create(other, "other-" + this.run, PASSWORD, Role.ADMIN);
		FormBrowser stranger = browser("other-" + this.run, PASSWORD);

		for (String path : new String[] { "/imports/" + job + "/undo", "/imports/" + job + "/undo/status",
				"/records/companies/" + company, "/records/companies/" + company + "/edit" }) {
			Http.Response response = stranger.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Hemlig");
		}
		assertThat(stranger.get("/records/companies?job=" + job).body()).doesNotContain("Hemlig")
			.contains("id=\"no-records\"");
		assertThat(stranger.get("/imports").body()).doesNotContain(job);
		Http.Response edit = stranger.submit("/records", "/records/companies/" + company + "/edit",
				Map.of("CompanyName", "Kapad"));
		assertThat(edit.status()).isEqualTo(404);
		Http.Response undo = stranger.submit("/records", "/imports/" + job + "/undo", Map.of("confirm", "yes"));
		assertThat(undo.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/records/companies/" + company).json().get("CompanyName").asString())
			.isEqualTo("Hemlig " + this.run);
		assertThat(this.api.get("/api/v1/imports/" + job).json().get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void aViewerReadsButGets403OnSavingARecordAndOnUndo() {
		String job = RecordsImports.run(this.api,
				RecordsImports.companiesWithContacts("Läses " + this.run + ";;Umeå;;;"));
		String company = RecordsImports.record(this.api, "companies", job, "CompanyName=L%C3%A4ses%20" + this.run);
		this.accounts.create(CurrentTenant.DEMO, "viewer-" + this.run, PASSWORD, Role.VIEWER);
		FormBrowser viewer = browser("viewer-" + this.run, PASSWORD);
		long version = version("companies", company);

		String edit = "/records/companies/" + company + "/edit";
		assertThat(viewer.get("/records/companies/" + company).body()).contains("Läses " + this.run)
			.doesNotContain("id=\"edit\"");
		assertThat(viewer.submit(edit, edit, Map.of("CompanyName", "Ändrad")).status()).isEqualTo(403);
		String undo = "/imports/" + job + "/undo";
		assertThat(viewer.submit(undo, undo, Map.of("confirm", "yes")).status()).isEqualTo(403);
		assertThat(version("companies", company)).isEqualTo(version);
		assertThat(this.api.get("/api/v1/imports/" + job).json().get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void aBadEmailRendersTheFormAgainWith422AndTheMessageBesideTheField() {
		String job = RecordsImports.run(this.api,
				RecordsImports.companiesWithContacts("Post " + this.run + ";;Umeå;Lina;Ek;lina@example.se"));
		String contact = RecordsImports.record(this.api, "contacts", job, "ContactFirstName=Lina");
		String edit = "/records/contacts/" + contact + "/edit";
		long version = version("contacts", contact);

		Http.Response refused = this.admin.submit(edit, edit,
				Map.of("ContactEmail", "inte en adress", "ContactLastName", "Ekström"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("The record was not saved.", "id=\"e-ContactEmail\"",
				"value=\"inte en adress\"", "value=\"Ekström\"");
		assertThat(version("contacts", contact)).isEqualTo(version);

		Http.Response saved = this.admin.submit(edit, edit, Map.of("ContactLastName", "Ekström"));
		assertThat(saved.status()).isEqualTo(303);
		assertThat(saved.header("Location")).endsWith("/records/contacts/" + contact + "?done=saved");
		assertThat(version("contacts", contact)).isEqualTo(version + 1);
		assertThat(this.admin.get("/records/contacts/" + contact + "?done=saved").body()).contains("Ekström",
				"Version " + (version + 1), "Saved.");
	}

	private long version(String entity, String id) {
		return this.api.get("/api/v1/records/" + entity + "/" + id).json().get("version").asLong();
	}

	private FormBrowser browser(String username, String password) {
		FormBrowser browser = new FormBrowser(this.port);
		Http.Response login = browser.login(username, password);
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).doesNotContain("error");
		return browser;
	}

}
