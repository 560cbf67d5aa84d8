package intake.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import intake.support.Http;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The "Match columns" step in a real browser: the columns with their samples and
 * confidence, a column remapped by hand and saved at once through htmx (the field then
 * disabled in the other selects), a column ignored and the missing required field listed,
 * a constant, combined columns and a value map, a named mapping saved, a remap by
 * keyboard alone, and the page at 375 px. The job is uploaded through the REST API as the
 * same administrator the browser signs in as (same tenant).
 */
class MappingBrowserTest extends BrowserTest {

	static final String FILE = "Företagsnamn;Orgnr;Kundtyp;Gatuadress;Gatuadress 2;Kontaktperson;Telefonnumer;Postort\r\n"
			+ "Åkesson Måleri HB;556677-8899;Kund;Storgatan 1;Box 12;Anna Berg;08-123 45 67;Umeå\r\n"
			+ "Öbergs Rör AB;556123-4567;Prospekt;Sjövägen 3;;Per Öberg;0920-123 45;Luleå\r\n"
			+ "Sjöhandel AB;556987-6543;Kund;Hamngatan 9;Våning 2;Eva Ström;040-98 76 54;Malmö\r\n";

	/** This class's own tenant: no other test's learned mapping changes its badges. */
	String admin;

	@org.junit.jupiter.api.BeforeEach
	void ownTenant() {
		this.admin = freshTenantAdmin();
	}

	Http api() {
		return new Http(this.port).as(this.admin, FRESH_PASSWORD);
	}

	@Override
	void signIn() {
		signIn(this.page, this.admin, FRESH_PASSWORD);
	}

	String upload() {
		Http.Response uploaded = api().upload("/api/v1/imports", Map.of("type", "companies"), "kunder.csv",
				FILE.getBytes(StandardCharsets.UTF_8));
		org.assertj.core.api.Assertions.assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	JsonNode job(String id) {
		return api().get("/api/v1/imports/" + id).json();
	}

	String field(String id, int column) {
		JsonNode field = job(id).get("columns").get(column).get("field");
		return field.isNull() ? "" : field.asString();
	}

	@Test
	void columnsAreMatchedByHandSavedAtOnceAndTheRicherMappingAndANamedMappingWork() {
		String id = upload();
		signIn();
		this.page.navigate("/imports/" + id + "/mapping");
		assertThat(this.page.locator("h1")).hasText("Match columns");
		assertThat(this.page.locator(".steps [aria-current=step]")).hasText("Match columns");
		assertThat(this.page.locator("#row-0 th")).hasText("Företagsnamn");
		assertThat(this.page.locator("#row-0 .samples")).containsText("Åkesson Måleri HB");
		assertThat(this.page.locator("#row-0 .samples")).containsText("Sjöhandel AB");
		assertThat(this.page.locator("#row-0 .badge")).hasText("exact");
		assertThat(this.page.locator("#row-0 .badge")).hasClass("badge good");
		assertThat(this.page.locator("#row-1 .badge")).hasText("synonym");
		assertThat(this.page.locator("#row-6 .badge")).hasText("fuzzy");
		assertThat(this.page.locator("#row-6 .badge")).hasClass("badge fair");
		assertThat(this.page.locator("#row-4 .badge")).hasText("ignored");
		assertThat(this.page.locator("#column-0")).hasAttribute("aria-label", "Field for column Företagsnamn");
		Locator streetForSecondLine = this.page.locator("#column-4 option[value=CompanyPostStreet]");
		assertThat(streetForSecondLine).isDisabled();
		assertThat(streetForSecondLine).hasText("Postal address (used by column Gatuadress)");
		assertThat(this.page.locator("#column-4 optgroup").first()).hasAttribute("label", "Suggested");
		assertThat(this.page.locator("#mapping-missing")).hasText("Every required field has a column.");
		screenshot("mapping-01-columns");

		// A column remapped by hand is saved at once; its field is then taken everywhere
		// else.
		this.page.locator("#column-6").selectOption("CompanyMobile");
		assertThat(this.page.locator("#row-6 .badge")).hasText("chosen by you");
		org.assertj.core.api.Assertions.assertThat(field(id, 6)).isEqualTo("CompanyMobile");
		Locator mobileElsewhere = this.page.locator("#column-7 option[value=CompanyMobile]");
		assertThat(mobileElsewhere).isDisabled();
		assertThat(mobileElsewhere).containsText("(used by column Telefonnumer)");

		// Ignoring the company name column leaves a required field without a column.
		this.page.locator("#column-0").selectOption("");
		assertThat(this.page.locator("#mapping-missing")).containsText("Company name");
		assertThat(this.page.locator("#mapping-next-link")).isDisabled();
		assertThat(this.page.locator("#mapping-next-why")).isVisible();
		org.assertj.core.api.Assertions.assertThat(field(id, 0)).isEmpty();
		screenshot("mapping-02-remapped");
		this.page.locator("#column-0").selectOption("CompanyName");
		assertThat(this.page.locator("#mapping-missing")).hasText("Every required field has a column.");
		assertThat(this.page.locator("#mapping-next-link")).hasAttribute("href", "/imports/" + id + "/preview");

		// A constant, two address lines combined and a value map.
		this.page.locator("#constant-field").selectOption("CompanyCountry");
		this.page.locator("#constant-value").fill("SE");
		this.page.locator("#rule-constant button[type=submit]").click();
		assertThat(this.page.locator("#done")).hasText("The constant is saved.");
		assertThat(this.page.locator("#mapping-rules")).containsText("Country = SE on every row");
		assertThat(this.page.locator("#column-4 option[value=CompanyCountry]")).isDisabled();

		this.page.locator("#combine-field").selectOption("CompanyPostStreet");
		this.page.locator("#rule-combine input[value='3']").check();
		this.page.locator("#rule-combine input[value='4']").check();
		assertThat(this.page.locator("#combine-separator")).hasValue("newline");
		this.page.locator("#rule-combine button[type=submit]").click();
		assertThat(this.page.locator("#mapping-rules"))
			.containsText("Gatuadress + Gatuadress 2 → Postal address, joined with a line break");
		org.assertj.core.api.Assertions.assertThat(job(id).get("combine").toString())
			.contains("\"columns\":[3,4]", "\"separator\":\"\\n\"");

		this.page.locator("#value-map-column").selectOption("2");
		// the column's values come from the stored file: on a busy CI machine that can
		// take
		// longer than the 5 s a Playwright assertion waits by default
		assertThat(this.page.locator("#value-map-form input[name=from]").first()).hasValue("Kund",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(30_000));
		this.page.locator("#value-map-form input[name=to]").first().fill("customer");
		this.page.locator("#value-map-form button[type=submit]").click();
		assertThat(this.page.locator("#mapping-rules")).containsText("Kund → customer");
		screenshot("mapping-03-richer");

		// The mapping saved under a name is offered for the next import of the type.
		this.page.locator("#save-as-name").fill("Kundregister Syd");
		this.page.locator("#mapping-save-as button[type=submit]").click();
		assertThat(this.page.locator("#done")).hasText("The mapping is saved under its name.");
		assertThat(this.page.locator("#apply-mapping option", new Page.LocatorOptions().setHasText("Kundregister Syd")))
			.hasCount(1);
	}

	@Test
	void aColumnIsRemappedWithTheKeyboardAlone() {
		String id = upload();
		signIn();
		this.page.navigate("/imports/" + id + "/mapping");
		tabTo("column-7");
		this.page.keyboard().press("ArrowDown");
		tabTo("mapping-save");
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#done")).hasText("The columns are saved.");
		String chosen = field(id, 7);
		org.assertj.core.api.Assertions.assertThat(chosen).isNotEqualTo("CompanyPostCity").isNotEmpty();
		assertThat(this.page.locator("#column-7")).hasValue(chosen);
		assertThat(this.page.locator("#row-7 .badge")).hasText("chosen by you");
	}

	@Test
	void thePageWorksAt375Pixels() {
		String id = upload();
		Page narrow = newContext(375, 800, "en-US").newPage();
		watch(narrow);
		signIn(narrow, this.admin, FRESH_PASSWORD);
		narrow.navigate("/imports/" + id + "/mapping");
		assertThat(narrow.locator("#column-0")).isVisible();
		Object width = narrow.evaluate("() => document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
			.as("no sideways scrolling")
			.isLessThanOrEqualTo(375);
		screenshot(narrow, "mapping-04-narrow");
		narrow.context().close();
	}

	/** Presses Tab until the element with this id has the focus (at most 200 times). */
	private void tabTo(String id) {
		for (int i = 0; i < 200; i++) {
			if (id.equals(this.page.evaluate("() => document.activeElement && document.activeElement.id"))) {
				return;
			}
			this.page.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached #" + id);
	}

}
