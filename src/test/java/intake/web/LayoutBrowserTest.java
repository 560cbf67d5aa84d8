package intake.web;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The frame every page shares, in a real browser: sign-in, navigation, the language
 * switch and the scripts under the strict Content-Security-Policy.
 */
class LayoutBrowserTest extends BrowserTest {

	@Test
	void signInShowsTheNavigationAndTheLanguageSwitchRemembersSwedish() {
		this.page.navigate("/login");
		assertThat(this.page.locator("h1")).hasText("Intake");
		assertThat(this.page.locator("label[for=username]")).hasText("Username");
		screenshot("layout-01-login");
		signIn();
		assertThat(this.page.locator("nav")).containsText("History");
		this.page.locator("a[hreflang=sv]").first().click();
		assertThat(this.page.locator("nav")).containsText("Historik");
		this.page.navigate("/admin/tokens");
		assertThat(this.page.locator("nav")).containsText("Historik");
		assertThat(this.page.locator("html")).hasAttribute("lang", "sv");
		screenshot("layout-02-swedish");
	}

	@Test
	void aSwedishBrowserGetsSwedishPagesUntilTheUserSwitches() {
		var swedish = newContext(375, 800, "sv-SE").newPage();
		watch(swedish);
		swedish.navigate("/login");
		assertThat(swedish.locator("label[for=username]")).hasText("Användarnamn");
		signIn(swedish, intake.support.Http.ADMIN, intake.support.Http.ADMIN_PASSWORD);
		swedish.locator("a[hreflang=en]").first().click();
		assertThat(swedish.locator("nav")).containsText("History");
		screenshot(swedish, "layout-03-narrow-english");
		swedish.context().close();
	}

	@Test
	void htmxAndItsSseExtensionLoadUnderTheContentSecurityPolicy() {
		signIn();
		this.page.navigate("/admin/tokens");
		Object loaded = this.page.evaluate("() => typeof htmx !== 'undefined' && htmx.config.allowEval === false"
				+ " && htmx.config.includeIndicatorStyles === false");
		org.assertj.core.api.Assertions.assertThat(loaded).isEqualTo(true);
	}

}
