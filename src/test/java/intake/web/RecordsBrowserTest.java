package intake.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import intake.support.Http;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * History, records and undo in a real browser, on an import made through the REST API by
 * the same administrator: the history lists it with its undo window, the records list
 * filtered by the import shows its company, whose page shows its contacts and the import
 * that created it; a search finds a company by the start of its name; an edited contact
 * gets a new version and the undo preview keeps it; the confirmed undo is followed to
 * UNDONE with its figures. One pass at 375 px.
 */
class RecordsBrowserTest extends BrowserTest {

	@Test
	void anImportIsFoundInHistoryAndRecordsAndUndoneKeepingTheContactEditedSince() {
		Http api = new Http(this.port);
		String run = UUID.randomUUID().toString().substring(0, 6);
		String job = RecordsImports.run(api,
				RecordsImports.companiesWithContacts("Åkesson Bygg " + run + ";;Umeå;Eva;Berg;eva@example.se",
						"Norrsken " + run + ";;Kiruna;Lina;Lund;lina@example.se"));
		String company = RecordsImports.record(api, "companies", job, "CompanyPostCity=Ume%C3%A5");
		String contact = RecordsImports.record(api, "contacts", job, "ContactFirstName=Eva");
		long version = api.get("/api/v1/records/contacts/" + contact).json().get("version").asLong();
		signIn();

		this.page.navigate("/imports");
		assertThat(this.page.locator("#imports thead")).containsText("Undo possible until");
		var row = this.page.locator("#import-" + job);
		assertThat(row).containsText("kunder.csv");
		assertThat(row).containsText("admin");
		assertThat(row).containsText("Completed");
		assertThat(row.locator("time")).hasCount(3);
		assertThat(row.locator("a.undo-link")).hasAttribute("href", "/imports/" + job + "/undo");
		screenshot("records-01-history");

		this.page.navigate("/records/companies?job=" + job);
		assertThat(this.page.locator("#job-filter")).containsText(job);
		assertThat(this.page.locator("#records tbody tr")).hasCount(2);
		assertThat(this.page.locator("#records")).containsText("Åkesson Bygg " + run);
		screenshot("records-02-companies");

		this.page.locator("#record-" + company + " td a").first().click();
		assertThat(this.page.locator("h1")).hasText("Åkesson Bygg " + run);
		assertThat(this.page.locator("#created-by")).hasText("Created by import " + job);
		assertThat(this.page.locator("#children-contacts")).containsText("Eva · Berg");
		assertThat(this.page.locator("#field-CompanyPostCity")).containsText("Umeå");
		screenshot("records-03-company");

		this.page.navigate("/records/companies");
		this.page.locator("#q").fill("norrsken " + run);
		this.page.locator("#search button[type=submit]").click();
		assertThat(this.page.locator("#records tbody tr")).hasCount(1);
		assertThat(this.page.locator("#records")).containsText("Norrsken " + run);

		this.page.navigate("/records/companies/" + company);
		this.page.locator("#children-contacts a").first().click();
		assertThat(this.page.locator("#version")).hasText("Version " + version);
		this.page.locator("#edit").click();
		this.page.locator("#f-ContactLastName").fill("Bergström");
		assertThat(this.page.locator("label[for=f-ContactLastName]")).hasText("Contact last name");
		screenshot("records-04-edit");
		this.page.locator("#save").click();
		assertThat(this.page.locator("#done")).hasText("Saved.");
		assertThat(this.page.locator("#version")).hasText("Version " + (version + 1));
		assertThat(this.page.locator("h1")).hasText("Eva Bergström");

		this.page.navigate("/imports/" + job + "/undo");
		assertThat(this.page.locator("#figures-companies")).containsText("0");
		assertThat(this.page.locator("#kept-contacts-" + contact)).containsText("edited since the import");
		screenshot("records-05-undo-preview");
		this.page.locator("#undo-confirm").check();
		this.page.locator("#undo-submit").click();
		this.page.waitForURL(Pattern.compile(".*/imports/" + job + "/undo$"));
		assertThat(this.page.locator("#undo-status .badge")).hasText("Undone",
				new LocatorAssertions.HasTextOptions().setTimeout(30_000));
		assertThat(this.page.locator("#undo-status h2")).hasText("What undo did");
		// Norrsken is removed; Åkesson stays, since its edited contact still points at
		// it.
		assertThat(this.page.locator("#figures-companies td")).hasText(new String[] { "1", "0", "1" });
		assertThat(this.page.locator("#kept-contacts-" + contact)).isVisible();
		assertThat(this.page.locator("#kept-companies-" + company)).containsText("referenced by later data");
		screenshot("records-06-undone");
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/records/contacts/" + contact).status())
			.as("the edited contact stays")
			.isEqualTo(200);

		Page narrow = newContext(375, 800, "en-US").newPage();
		watch(narrow);
		signIn(narrow, Http.ADMIN, Http.ADMIN_PASSWORD);
		narrow.navigate("/imports");
		assertThat(narrow.locator("#import-" + job)).containsText("Undone");
		Object width = narrow.evaluate("() => document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
			.as("no sideways scrolling")
			.isLessThanOrEqualTo(375);
		screenshot(narrow, "records-07-history-375px");
		narrow.context().close();
	}

}
