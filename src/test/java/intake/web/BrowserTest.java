package intake.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import intake.security.Role;
import intake.security.Tenants;
import intake.security.UserAccounts;
import intake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the browser tests: the service on a random port over a fresh H2 database,
 * and Debian's Chromium ({@code /usr/bin/chromium}, installed by {@code .ci/run}) driven
 * headless by Playwright. Without Chromium the tests are skipped with a message; under
 * {@code CI=true} they fail instead. Each test gets a new browser context (no cookies) at
 * 1280 × 900 in English; {@link #page} is signed in as the test administrator by
 * {@link #signIn()}. Every message the browser logs about the Content-Security-Policy,
 * and every uncaught script error, fails the test: the pages must work under the strict
 * policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	/** The password of the users {@link #freshTenantAdmin()} creates. */
	static final String FRESH_PASSWORD = "fresh tenant password";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	UserAccounts accounts;

	BrowserContext context;

	Page page;

	final List<String> scriptProblems = new ArrayList<>();

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("intake-browser-");
		dir.toFile().deleteOnExit();
		registry.add("intake.data-dir", dir::toString);
	}

	@BeforeAll
	static void launch() {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(CHROMIUM)) {
			if (ci) {
				throw new IllegalStateException(CHROMIUM + " is missing: install it with apt-get install -y chromium");
			}
			Assumptions.abort("Browser tests skipped: " + CHROMIUM + " is missing (apt-get install -y chromium)");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.context = newContext(1280, 900, "en-US");
		this.page = this.context.newPage();
		watch(this.page);
	}

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
		}
		assertThat(this.scriptProblems).as("script errors and Content-Security-Policy reports").isEmpty();
	}

	/** A new context (no cookies) of the given viewport and browser language. */
	BrowserContext newContext(int width, int height, String locale) {
		return browser.newContext(
				new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale).setBaseURL(base()));
	}

	/** Fails the test on script errors and CSP violations the page reports. */
	void watch(Page watched) {
		watched.onConsoleMessage((message) -> {
			String text = message.text();
			if ("error".equals(message.type()) && (text.contains("Content Security Policy")
					|| text.contains("Refused to") || text.contains("Uncaught"))) {
				this.scriptProblems.add(text);
			}
		});
		watched.onPageError((error) -> this.scriptProblems.add("page error: " + error));
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	/** Signs {@link #page} in as the test administrator and lands on the start page. */
	void signIn() {
		signIn(this.page, Http.ADMIN, Http.ADMIN_PASSWORD);
	}

	void signIn(Page on, String username, String password) {
		on.navigate("/login");
		on.locator("#username").fill(username);
		on.locator("#password").fill(password);
		on.locator("form button[type=submit]").click();
		on.waitForURL((url) -> !url.contains("/login"));
	}

	/**
	 * A new tenant and its administrator (password {@link #FRESH_PASSWORD}): for tests
	 * that need a tenant no other test class touched — the browser test classes share one
	 * service and database, and what one imports (learned mappings, records) shows in the
	 * next.
	 */
	String freshTenantAdmin() {
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		long tenant = this.tenants.create("browser-" + tag);
		String username = "admin-" + tag;
		this.accounts.create(tenant, username, FRESH_PASSWORD, Role.ADMIN);
		return username;
	}

	/** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) {
		return screenshot(this.page, name);
	}

	Path screenshot(Page of, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		of.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

}
