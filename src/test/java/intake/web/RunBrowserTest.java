package intake.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import intake.support.Http;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Steps 5 and 6 of the wizard in a real browser: the preview of a file with an invalid
 * row, its filter and options, the start, the live progress over server-sent events and
 * the result with the job id and the error file. The imports are uploaded through the
 * REST API as the same administrator the browser signs in as.
 */
class RunBrowserTest extends BrowserTest {

	static final String CSV = "Företagsnamn;E-post;Ort\r\nÅkesson Måleri HB;info@akesson.se;Umeå\r\n"
			+ "Älvdalens Trä AB;kontor@alvtra.se;Älvdalen\r\nGöteborgs Järn AB;inte-en-adress;Göteborg\r\n"
			+ "Sjöhandel AB;sjo@handel.se;Visby\r\nÖrebro Bygg AB;bygg@orebro.se;Örebro\r\n";

	static final LocatorAssertions.HasTextOptions LONG = new LocatorAssertions.HasTextOptions().setTimeout(90_000);

	static final LocatorAssertions.ContainsTextOptions LONG_CONTAINS = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(90_000);

	String upload(String csv) {
		Http.Response uploaded = new Http(this.port).upload("/api/v1/imports", Map.of("type", "companies"),
				"kunder.csv", csv.getBytes(StandardCharsets.UTF_8));
		org.assertj.core.api.Assertions.assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	@Test
	void thePreviewShowsTheInvalidRowAndTheImportReachesCompletedWithItsJobIdAndErrorFile() throws Exception {
		String id = upload(CSV);
		signIn();
		this.page.navigate("/imports/" + id + "/preview");
		assertThat(this.page.locator("#row-totals")).hasText("5 rows: 4 valid, 1 invalid, 0 with warnings.");
		assertThat(this.page.locator("#entity-companies .created")).hasText("4");
		Locator invalid = this.page.locator("#preview-rows td.invalid");
		assertThat(invalid).hasCount(1);
		assertThat(invalid).hasText("inte-en-adress");
		assertThat(invalid).hasAttribute("title", Pattern.compile("inte-en-adress.*e-mail"));
		Locator row = this.page.locator("#preview-rows tr",
				new Page.LocatorOptions().setHas(this.page.locator("td.invalid")));
		assertThat(row.locator(".badge")).hasText("invalid");
		assertThat(row.locator("td.notes li.error")).containsText("e-mail");
		assertThat(this.page.locator("#preview-rows tbody tr")).hasCount(5);
		screenshot("run-01-preview");

		this.page.locator("#only-problems").check();
		this.page.waitForURL(Pattern.compile(".*only=problems.*"));
		assertThat(this.page.locator("#preview-rows tbody tr")).hasCount(1);
		assertThat(this.page.locator("#preview-rows td.invalid")).hasText("inte-en-adress");
		screenshot("run-02-only-problems");

		this.page.locator("#mode").selectOption("UPSERT");
		this.page.locator("#options-form button[type=submit]").click();
		assertThat(this.page.locator("#done")).isVisible();
		assertThat(this.page.locator("#mode")).hasValue("UPSERT");
		org.assertj.core.api.Assertions
			.assertThat(new Http(this.port).get("/api/v1/imports/" + id).json().get("options").get("mode").asString())
			.isEqualTo("UPSERT");

		this.page.locator("#start").click();
		this.page.waitForURL("**/imports/" + id);
		assertThat(this.page.locator("#job-result")).hasText("Completed", LONG);
		assertThat(this.page.locator("#job-id")).hasText(id);
		assertThat(this.page.locator("#count-companies .created")).hasText("4");
		assertThat(this.page.locator("#count-companies a.records-link")).hasAttribute("href",
				"/records/companies?job=" + id);
		assertThat(this.page.locator("#history-link")).hasAttribute("href", "/imports");
		screenshot("run-04-completed");

		Download download = this.page.waitForDownload(() -> this.page.locator("#errors-link").click());
		String errors = Files.readString(download.path(), StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(errors)
			.startsWith("\uFEFFLine;Error;")
			.contains("inte-en-adress")
			.doesNotContain("Åkesson");

		this.page.reload();
		assertThat(this.page.locator("#job-result")).hasText("Completed");
		assertThat(this.page.locator("#job-id")).hasText(id);
	}

	@Test
	void theProgressBarFollowsABigImportLiveAndSurvivesAReload() {
		StringBuilder csv = new StringBuilder("Företagsnamn;E-post;Ort\r\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append("Bolag ").append(i).append(" AB;info").append(i).append("@bolag.se;Umeå\r\n");
		}
		String id = upload(csv.toString());
		signIn();
		this.page.navigate("/imports/" + id + "/preview");
		assertThat(this.page.locator("#row-totals")).containsText("20,000 rows", LONG_CONTAINS);
		this.page.locator("#start").click();
		this.page.waitForURL("**/imports/" + id);
		if (this.page.locator("progress#job-bar").isVisible()) {
			screenshot("run-03-progress");
			this.page.reload();
		}
		// Whether the import was still running or had ended, the page shows its state and
		// (while running) follows it until the final event replaces the progress.
		assertThat(this.page.locator("#job-result")).hasText("Completed", LONG);
		assertThat(this.page.locator("#job-id")).hasText(id);
		assertThat(this.page.locator("#job-rows-done")).containsText("20,000 imported");
		assertThat(this.page.locator("[sse-connect]")).hasCount(0);
		assertThat(this.page.locator("#errors-link")).hasCount(0);

		var narrow = newContext(375, 800, "en-US").newPage();
		watch(narrow);
		signIn(narrow, Http.ADMIN, Http.ADMIN_PASSWORD);
		narrow.navigate("/imports/" + id + "/preview");
		assertThat(narrow.locator("#row-totals")).containsText("20,000 rows");
		assertThat(narrow.locator("#page-position")).hasText("Page 1 of 400");
		Object fits = narrow.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(fits).as("no sideways scrolling at 375 px").isEqualTo(true);
		screenshot(narrow, "run-05-narrow");
		narrow.context().close();
	}

}
