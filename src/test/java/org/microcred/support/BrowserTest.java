package org.microcred.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Browser journeys: Debian's Chromium, headless, driven by Playwright, against the test server. Every page visited
 * through {@link #check(String)} is screenshotted under {@code target/screenshots/}, scanned with axe-core for
 * WCAG 2.x A/AA violations, and no page may log a Content-Security-Policy violation.
 */
public abstract class BrowserTest extends IntegrationTest {

	private static Playwright playwright;

	private static Browser browser;

	protected BrowserContext context;

	protected Page page;

	private final List<String> consoleProblems = new ArrayList<>();

	private final List<String> toleratedConsoleErrors = new ArrayList<>();

	private String testName;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium()))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage(TestInfo info) {
		testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
				+ info.getTestMethod().map(m -> m.getName()).orElse("");
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setViewportSize(1280, 900));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || "error".equals(message.type())
					&& !message.text().contains("status of 4")) {
				consoleProblems.add(message.text());
			}
		});
	}

	@AfterEach
	void closePage() {
		context.close();
		assertThat(consoleProblems).filteredOn(problem -> toleratedConsoleErrors.stream().noneMatch(problem::contains))
			.as("browser console errors / CSP violations")
			.isEmpty();
	}

	/** Console errors containing this text are expected (e.g. requests a test cuts off on purpose). */
	protected void tolerateConsoleErrors(String fragment) {
		toleratedConsoleErrors.add(fragment);
	}

	/** Screenshots the current page as {@code <test>-<step>.png} and checks its accessibility. */
	protected void check(String step) {
		page.waitForLoadState();
		try {
			Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
			page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(testName + "-" + step + ".png"))
				.setFullPage(true));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(accessibilityViolations()).as("serious accessibility violations on " + page.url()).isEmpty();
	}

	/** axe-core's serious and critical WCAG 2.x A/AA violations on the current page, one line each. */
	@SuppressWarnings("unchecked")
	protected List<String> accessibilityViolations() {
		page.evaluate(axeSource());
		return (List<String>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { runOnly: { type: 'tag',
				    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
				  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '));
				}""");
	}

	/** The mobile view: the same page at phone width must still work. */
	protected void checkOnPhone(String step) {
		page.setViewportSize(390, 844);
		check(step + "-phone");
		page.setViewportSize(1280, 900);
	}

	private static String axeSource;

	private static synchronized String axeSource() {
		if (axeSource == null) {
			String path = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
					+ "/axe.min.js";
			try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("axe-core not on the test class path: " + path);
				}
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return axeSource;
	}

	private static String chromium() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
			if (Files.isExecutable(Paths.get(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException("Browser tests need Debian's chromium package: apt-get install -y chromium");
	}

}
