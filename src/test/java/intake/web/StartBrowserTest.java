package intake.web;

import java.nio.charset.Charset;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import intake.support.Http;
import intake.support.TestWorkbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The wizard's first steps in a real browser: the start page with the thirteen types and
 * a template download, the upload of a windows-1252 Swedish companies file, the source
 * page showing what was detected with the Nordic words marked, a wrong encoding showing
 * as garbled text, and a workbook offering its sheets — at 1280 px and at 375 px.
 */
class StartBrowserTest extends BrowserTest {

	static final String COMPANIES = """
			Företagsnamn;Organisationsnummer;Ort;Förnamn;Efternamn;E-post\r
			Åre Fjällhotell AB;556677-8899;Åre;Åsa;Öberg;asa@fjallhotell.se\r
			Malmö Måleri AB;556123-4567;Malmö;Björn;Ängström;bjorn@maleri.se\r
			Göteborgs Ölkompani AB;556234-5678;Göteborg;Märta;Ödman;marta@olkompani.se\r
			Luleå Sågverk AB;556345-6789;Luleå;Örjan;Åkesson;orjan@sagverk.se\r
			""";

	@Test
	void theStartPageListsTheThirteenTypesAndDownloadsATemplate() {
		signIn();
		assertThat(this.page.locator("h1")).hasText("What do you want to import?");
		assertThat(this.page.locator("#import-types > li")).hasCount(13);
		assertThat(this.page.locator("#type-accounts")).containsText("Chart of accounts");
		assertThat(this.page.locator(".steps [aria-current=step]")).hasText("Choose type");
		screenshot("start-01-types");
		Download csv = this.page
			.waitForDownload(() -> this.page.locator("#type-companies a[href$='template.csv']").click());
		org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).isEqualTo("companies-template.csv");
		Download xlsx = this.page
			.waitForDownload(() -> this.page.locator("#type-stock a[href$='template.xlsx']").click());
		org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).isEqualTo("stock-template.xlsx");
	}

	@Test
	void aWindows1252FileShowsItsNordicWordsAndAWrongEncodingShowsGarbledText() {
		signIn();
		this.page.locator("#type-companies h2 a").click();
		assertThat(this.page.locator("h1")).hasText("Upload: Companies");
		assertThat(this.page.locator("#file-hint")).containsText("at most 1 GB");
		assertThat(this.page.locator("#drop-hint")).isVisible();
		this.page.locator("#file")
			.setInputFiles(
					new FilePayload("foretag.csv", "text/csv", COMPANIES.getBytes(Charset.forName("windows-1252"))));
		assertThat(this.page.locator("#chosen")).containsText("foretag.csv");
		screenshot("start-02-upload");
		this.page.locator("#upload-submit").click();
		this.page.waitForURL("**/imports/*/source");
		assertThat(this.page.locator("#encoding-detected")).containsText("windows-1252");
		assertThat(this.page.locator("#encoding-detected .badge")).containsText("detected");
		assertThat(this.page.locator("#delimiter-detected")).containsText("; (semicolon)");
		assertThat(this.page.locator("#sample-table mark.nordic", new Page.LocatorOptions().setHasText("Åre")).first())
			.isVisible();
		assertThat(
				this.page.locator("#sample-table mark.nordic", new Page.LocatorOptions().setHasText("Malmö")).first())
			.isVisible();
		assertThat(this.page.locator("#sample-table tr.header-row")).containsText("Företagsnamn");
		assertThat(this.page.locator("#sample-table mark.garbled")).hasCount(0);
		assertThat(this.page.locator("#next")).hasAttribute("href", java.util.regex.Pattern.compile(".*/mapping$"));
		screenshot("start-03-source");

		this.page.locator("#encoding").selectOption("UTF-8");
		assertThat(this.page.locator("#garbled-hint")).isVisible();
		assertThat(this.page.locator("#sample-table mark.garbled").first()).hasText("\uFFFD");
		assertThat(this.page.locator("#sample-table mark.garbled").first()).hasAttribute("title",
				"looks like wrong encoding");
		assertThat(this.page.locator("#encoding-detected")).containsText("chosen by you");
		screenshot("start-04-wrong-encoding");

		this.page.locator("#encoding").selectOption("windows-1252");
		assertThat(this.page.locator("#sample-table mark.garbled")).hasCount(0);
		assertThat(this.page.locator("#sample-table mark.nordic", new Page.LocatorOptions().setHasText("Göteborg"))
			.first()).isVisible();
	}

	@Test
	void aWorkbookOffersItsSheetsAndThePageFitsANarrowScreen() {
		byte[] workbook = TestWorkbook.create()
			.sheet("Kunder",
					List.of(List.of("Företagsnamn", "Ort"), List.of("Åre Fjällhotell AB", "Åre"),
							List.of("Malmö Måleri AB", "Malmö")))
			.sheet("Övrigt", List.of(List.of("Anteckning"), List.of("Inget att importera")))
			.bytes();
		var narrow = newContext(375, 800, "sv-SE").newPage();
		watch(narrow);
		signIn(narrow, Http.ADMIN, Http.ADMIN_PASSWORD);
		narrow.navigate("/imports/new/companies");
		narrow.locator("#file")
			.setInputFiles(new FilePayload("kunder.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
		narrow.locator("#upload-submit").click();
		narrow.waitForURL("**/imports/*/source");
		assertThat(narrow.locator("label[for=sheet]")).hasText("Blad");
		assertThat(narrow.locator("#sheet option")).hasText(new String[] { "Kunder", "Övrigt" });
		assertThat(narrow.locator("#encoding")).hasCount(0);
		assertThat(narrow.locator("#sample-table mark.nordic", new Page.LocatorOptions().setHasText("Malmö")).first())
			.isVisible();
		Object overflow = narrow.evaluate("() => document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(375);
		screenshot(narrow, "start-05-narrow-workbook");
		narrow.context().close();
	}

}
