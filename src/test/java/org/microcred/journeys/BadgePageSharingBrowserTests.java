package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgePages;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.demo.DemoSeeder;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A demo teacher's badge page as a visitor sees it on a desktop and a phone: what was verified in one sentence, the
 * large image, skills, how many educators hold it, share links, a copy-link button that copies, the embed snippet
 * and a QR code; without script the link is still there to copy by hand.
 */
// first in the shared database with the other demo readers: the demo's steps expect no data but their own
// (junit-platform.properties); this journey only reads, so it changes nothing the others expect
@org.junit.jupiter.api.Order(1)
class BadgePageSharingBrowserTests extends BrowserTest {

	@Autowired
	DemoSeeder demo;

	@Autowired
	AccountService accounts;

	@Autowired
	BadgeService badges;

	@Autowired
	BadgePages pages;

	@Test
	void aDemoBadgePageIsReadSharedAndCopiedOnDesktopAndPhone() {
		demo.seedOnce();
		AccountId jordan = accounts.findByEmail("jordan.lee@riverside-usd.example.org").orElseThrow().id();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !badges.ofTeacher(jordan).isEmpty());
		IssuedCredential badge = badges.ofTeacher(jordan).stream().filter(c -> !c.stack() && c.shareable()).findFirst()
			.orElseThrow();
		String url = pages.url(badge.id());
		String name = pages.view(badge.id()).achievementName();
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));

		page.navigate("/credentials/" + badge.id());
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator(".verification-summary")).containsText(Pattern.compile(
				"Verified: " + js(name) + ", earned by Jordan Lee, issued by Open Practice Institute on \\w+ \\d+, \\d{4}"));
		assertThat(page.locator(".earner-count")).containsText(Pattern.compile("Earned by \\d+ educators?"));
		assertThat(page.locator(".chips .chip").first()).isVisible();
		assertThat(link(page, "Download the badge image (credential inside)")).isVisible();
		assertThat(link(page, "Download the credential file")).isVisible();
		assertThat(link(page, "Certificate (PDF)")).isVisible();
		assertThat(link(page, "Share on X")).hasAttribute("href", Pattern.compile("^https://x\\.com/intent/post\\?"));
		assertThat(link(page, "Share on Facebook")).hasAttribute("href", Pattern.compile("facebook\\.com/sharer"));
		assertThat(link(page, "Share on LinkedIn")).hasAttribute("href", Pattern.compile("linkedin\\.com/sharing"));
		assertThat(link(page, "Send by e-mail")).hasAttribute("href", Pattern.compile("^mailto:"));
		assertThat(page.getByLabel("Embed this badge on a website")).hasValue(Pattern.compile(
				"^<a href=\"" + js(url) + "\"><img src="));
		assertThat(page.getByAltText("QR code of this page's address")).isVisible();
		Object qrWidth = page.getByAltText("QR code of this page's address").evaluate("img => img.naturalWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) qrWidth).intValue()).isGreaterThan(100);
		check("demo-badge");

		button(page, "Copy link").click();
		assertThat(page.locator("#share-copied")).hasText("Link copied.");
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(url);
		check("demo-badge-copied");

		page.setViewportSize(390, 844);
		page.reload();
		button(page, "Copy link").click();
		assertThat(page.locator("#share-copied")).hasText("Link copied.");
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).as("no sideways scrolling at 390 px").isEqualTo(false);
		checkOnPhone("demo-badge");
	}

	/** A literal inside a pattern Playwright hands to the browser (JavaScript knows no Pattern.quote). */
	static String js(String literal) {
		return literal.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
	}

	@Test
	void withoutScriptTheLinkIsShownToCopyByHand() {
		demo.seedOnce();
		AccountId jordan = accounts.findByEmail("jordan.lee@riverside-usd.example.org").orElseThrow().id();
		IssuedCredential badge = badges.ofTeacher(jordan).stream().filter(c -> !c.stack() && c.shareable()).findFirst()
			.orElseThrow();
		try (BrowserContext noScript = context.browser().newContext(new Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + port).setJavaScriptEnabled(false))) {
			Page plain = noScript.newPage();
			plain.navigate("/credentials/" + badge.id());
			assertThat(plain.getByLabel("Link to this page")).hasValue(pages.url(badge.id()));
			assertThat(plain.getByLabel("Link to this page")).isVisible();
			assertThat(plain.locator("button[data-copy]")).isHidden();
		}
	}

}
