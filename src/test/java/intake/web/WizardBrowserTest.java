package intake.web;

import java.nio.charset.Charset;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole wizard as a newcomer uses it, in a real browser: a Swedish companies file
 * with one row per contact, saved by Excel (windows-1252, {@code ;}), from the start page
 * to "Completed", then the imported company with its contacts, then undo from History.
 * Three passes: with the mouse at 1280 px (screenshots {@code wizard-NN-*.png}), with the
 * keyboard alone, and at 375 px. Each runs in a tenant of its own, so that what other
 * tests imported (learned mappings, records) changes nothing here.
 */
class WizardBrowserTest extends BrowserTest {

	/**
	 * Four contacts of three companies; Malmö Måleri's row has a broken e-mail address
	 * (the preview's invalid row), and "Verksamhet" is a column no spelling list knows:
	 * it is mapped by hand to the industry.
	 */
	static final String FILE = "Företagsnamn;Organisationsnummer;Ort;Förnamn;Efternamn;E-post;Verksamhet\r\n"
			+ "Åre Fjällhotell AB;556677-8899;Åre;Åsa;Öberg;asa@fjallhotell.se;Hotell\r\n"
			+ "Åre Fjällhotell AB;556677-8899;Åre;Björn;Ängström;bjorn@fjallhotell.se;Hotell\r\n"
			+ "Malmö Måleri AB;556123-4567;Malmö;Märta;Ödman;marta(at)maleri;Måleri\r\n"
			+ "Luleå Sågverk AB;556345-6789;Luleå;Örjan;Åkesson;orjan@sagverk.se;Sågverk\r\n";

	static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(60_000);

	String admin;

	@BeforeEach
	void ownTenant() {
		this.admin = freshTenantAdmin();
	}

	static FilePayload excelFile() {
		return new FilePayload("kunder.csv", "text/csv", FILE.getBytes(Charset.forName("windows-1252")));
	}

	@Test
	void aNewcomerImportsAnExcelCsvFileFromStartToCompletedThenUndoesItFromHistory() {
		Page page = this.page;
		signIn(page, this.admin, FRESH_PASSWORD);

		// 1. Start: what to import.
		assertThat(page.locator("h1")).containsText("import");
		assertThat(page.locator("a[href='/imports/new/companies']")).isVisible();
		screenshot("wizard-01-start");
		page.locator("a[href='/imports/new/companies']").click();

		// 2. Upload.
		assertThat(page.locator(".steps [aria-current=step]")).hasText("Upload");
		page.locator("#file").setInputFiles(excelFile());
		screenshot("wizard-02-upload");
		page.locator("#upload-submit").click();

		// 3. The file as read: windows-1252 and ';' found, Å shown as Å and marked.
		page.waitForURL(Pattern.compile(".*/imports/[^/]+/source$"));
		String id = page.url().replaceAll(".*/imports/([^/]+)/source$", "$1");
		assertThat(page.locator("#encoding-detected")).containsText("windows-1252");
		assertThat(page.locator("#delimiter-detected")).containsText(";");
		assertThat(page.locator("#sample-table mark.nordic").first()).isVisible();
		assertThat(page.locator("#sample-table")).containsText("Åre Fjällhotell AB");
		assertThat(page.locator("#sample-table")).not().containsText("Ã");
		assertThat(page.locator("#garbled-hint")).hasCount(0);
		screenshot("wizard-03-source");
		page.locator("#next").click();

		// 4. Match columns: "Verksamhet" mapped by hand to the industry.
		page.waitForURL(Pattern.compile(".*/imports/" + id + "/mapping$"));
		assertThat(page.locator("#row-0 th")).hasText("Företagsnamn");
		assertThat(page.locator("#column-0")).hasValue("CompanyName");
		page.locator("#column-6").selectOption("CompanyIndustry");
		assertThat(page.locator("#row-6 .badge")).hasText("chosen by you");
		assertThat(page.locator("#column-6")).hasValue("CompanyIndustry");
		screenshot("wizard-04-mapping");
		page.locator("#mapping-next-link").click();

		// 5. Preview: every row's fate; Malmö Måleri's row is invalid, its cell marked.
		page.waitForURL(Pattern.compile(".*/imports/" + id + "/preview.*"));
		Locator invalid = page.locator("#line-4");
		assertThat(invalid).hasAttribute("data-status", "INVALID");
		assertThat(invalid.locator("td.invalid")).containsText("marta(at)maleri");
		assertThat(invalid).containsText("e-mail");
		assertThat(page.locator("#line-2")).hasAttribute("data-status", "CREATE");
		screenshot("wizard-05-preview");
		page.locator("#start").click();

		// 6. Import with progress until Completed, with the import job id.
		page.waitForURL(Pattern.compile(".*/imports/" + id + "$"));
		assertThat(page.locator("#job-result")).hasText("Completed", SLOW);
		assertThat(page.locator("#job-id")).hasText(id);
		assertThat(page.locator("#count-companies .created")).hasText("2");
		assertThat(page.locator("#count-contacts .created")).hasText("3");
		assertThat(page.locator("#errors-link")).isVisible();
		screenshot("wizard-06-completed");

		// 7. The imported company with its contacts.
		page.locator("#count-companies .records-link").click();
		assertThat(page.locator("#records")).containsText("Åre Fjällhotell AB");
		page.locator("#records a", new Page.LocatorOptions().setHasText("Åre Fjällhotell AB")).first().click();
		assertThat(page.locator("#created-by")).containsText(id);
		assertThat(page.locator("#field-CompanyIndustry")).containsText("Hotell");
		assertThat(page.locator("#children-contacts")).containsText("Åsa");
		assertThat(page.locator("#children-contacts")).containsText("Björn");
		screenshot("wizard-07-company");

		// 8. Undo from History: preview, confirmation, Undone.
		page.locator("nav a[href='/imports']").click();
		assertThat(page.locator("#import-" + id)).containsText("kunder.csv");
		page.locator("#import-" + id + " .undo-link").click();
		assertThat(page.locator("#undo-figures")).containsText("2");
		screenshot("wizard-08-undo-preview");
		page.locator("#undo-confirm").check();
		page.locator("#undo-submit").click();
		assertThat(page.locator("#undo-status")).containsText("Undone",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		screenshot("wizard-09-undone");
		page.navigate("/records/companies?job=" + id);
		assertThat(page.locator("#no-records")).isVisible();
	}

	@Test
	void theWholeImportWorksWithTheKeyboardAlone() {
		Page page = this.page;
		page.navigate("/login");
		tabTo(page, "#username");
		page.keyboard().type(this.admin);
		page.keyboard().press("Tab");
		page.keyboard().type(FRESH_PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL((url) -> !url.contains("/login"));

		tabTo(page, "a[href='/imports/new/companies']");
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*/imports/new/companies$"));
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		chooseFileByKeyboard(page);
		tabTo(page, "#upload-submit");
		page.keyboard().press("Enter");

		page.waitForURL(Pattern.compile(".*/imports/[^/]+/source$"));
		assertThat(page.locator("#encoding-detected")).containsText("windows-1252");
		tabTo(page, "#next");
		page.keyboard().press("Enter");

		page.waitForURL(Pattern.compile(".*/mapping$"));
		// an arrow key in the closed select picks the next field and saves it at once;
		// the focus stays on the select, so the next key goes on from there
		tabTo(page, "#column-6");
		String before = page.locator("#column-6").inputValue();
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#row-6 .badge")).hasText("chosen by you");
		assertThat(page.locator("#column-6")).not().hasValue(before);
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.id"))
			.isEqualTo("column-6");
		tabTo(page, "#mapping-next-link");
		page.keyboard().press("Enter");

		page.waitForURL(Pattern.compile(".*/preview.*"));
		assertThat(page.locator("#line-4")).hasAttribute("data-status", "INVALID");
		tabTo(page, "#start");
		page.keyboard().press("Enter");
		assertThat(page.locator("#job-result")).hasText("Completed", SLOW);
		screenshot("wizard-10-keyboard-completed");
	}

	@Test
	void theWizardFitsA375PixelScreen() {
		Page narrow = newContext(375, 812, "sv-SE").newPage();
		watch(narrow);
		signIn(narrow, this.admin, FRESH_PASSWORD);
		narrow.navigate("/imports/new/companies");
		fits(narrow, "wizard-11-narrow-upload");
		narrow.locator("#file").setInputFiles(excelFile());
		narrow.locator("#upload-submit").click();
		narrow.waitForURL(Pattern.compile(".*/source$"));
		assertThat(narrow.locator("#sample-table")).containsText("Åre");
		fits(narrow, "wizard-12-narrow-source");
		narrow.locator("#next").click();
		narrow.waitForURL(Pattern.compile(".*/mapping$"));
		fits(narrow, "wizard-13-narrow-mapping");
		narrow.locator("#mapping-next-link").click();
		narrow.waitForURL(Pattern.compile(".*/preview.*"));
		fits(narrow, "wizard-14-narrow-preview");
		narrow.locator("#start").click();
		assertThat(narrow.locator("#job-result")).hasText("Klar", SLOW);
		fits(narrow, "wizard-15-narrow-completed");
		narrow.context().close();
	}

	@Test
	void aLargeFilesPreviewShowsAWaitingPageThenItselfWhenBuilt() {
		StringBuilder csv = new StringBuilder("Företagsnamn;Ort\r\n");
		for (long i = 0; i <= PreviewPage.BUILD_IN_BACKGROUND_ABOVE; i++) {
			csv.append("Väntebolag ").append(i).append(" AB;Umeå\r\n");
		}
		intake.support.Http.Response uploaded = new intake.support.Http(this.port).as(this.admin, FRESH_PASSWORD)
			.upload("/api/v1/imports", java.util.Map.of("type", "companies"), "stor.csv",
					csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String id = uploaded.json().get("id").asString();
		signIn(this.page, this.admin, FRESH_PASSWORD);
		this.page.navigate("/imports/" + id + "/preview");
		assertThat(this.page.locator("#preview-building")).containsText("50,001");
		screenshot("wizard-16-preview-building");
		assertThat(this.page.locator("#row-totals")).containsText("50,001 rows",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(this.page.locator("#preview-building")).hasCount(0);
	}

	/** The page needs no sideways scrolling (wide tables scroll in their own box). */
	private void fits(Page on, String screenshot) {
		Object width = on.evaluate("() => document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
			.as("page width at 375 px on " + on.url())
			.isLessThanOrEqualTo(375);
		screenshot(on, screenshot);
	}

	/**
	 * Opens the file chooser of the upload field with the space bar. A busy machine can
	 * swallow the first press while the page's scripts settle: then the field is focused
	 * and pressed again (still only keys).
	 */
	private static void chooseFileByKeyboard(Page on) {
		com.microsoft.playwright.PlaywrightException last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			tabTo(on, "#file");
			try {
				on.waitForFileChooser(new Page.WaitForFileChooserOptions().setTimeout(10_000),
						() -> on.keyboard().press("Space"))
					.setFiles(excelFile());
				return;
			}
			catch (com.microsoft.playwright.PlaywrightException ex) {
				last = ex;
			}
		}
		throw last;
	}

	/** Presses Tab until the element matching the selector has the focus. */
	private static void tabTo(Page on, String selector) {
		for (int i = 0; i < 300; i++) {
			Object focused = on.evaluate("(s) => document.activeElement !== null && document.activeElement.matches(s)",
					selector);
			if (Boolean.TRUE.equals(focused)) {
				return;
			}
			on.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached " + selector + " on " + on.url());
	}

}
