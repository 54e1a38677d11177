package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;
import org.microcred.support.DesignFixtures;

import com.microsoft.playwright.options.BoundingBox;

/** A teacher finds a credential on a phone: results near the top, filters in a drawer, key facts first. */
class CatalogOnPhoneBrowserTests extends BrowserTest {

	@Test
	void resultsStartNearTheTopAndTheFiltersOpenFromADrawer() {
		String tag = "drawer" + UUID.randomUUID().toString().substring(0, 6);
		Published wanted = credentials.publish(DesignFixtures.complete("Phone find " + tag, List.of(),
				List.of(tag + " questioning")));
		CurrentUser teacher = data.teacher();
		JourneySteps.logIn(page, teacher);
		page.setViewportSize(390, 844);

		page.navigate("/catalog");
		check("catalog-phone");
		BoundingBox results = page.locator("#results").boundingBox();
		assertThat(results.y).as("offset of the results at 390 px (1,452 px before the drawer)").isLessThan(600);
		assertThat(page.locator("#results .card").first().boundingBox().y).as("first card on the first screen")
			.isLessThan(700);
		assertThat(page.getByLabel("Sort by")).not().isVisible();

		page.locator(".filter-drawer > summary").click();
		page.getByLabel("Topic or skill").fill(tag + " questioning");
		JourneySteps.button(page, "Search").click();
		assertThat(page.locator("#results")).containsText("Phone find " + tag);
		assertThat(page.locator("#results .card")).hasCount(1);
		// a page opened with a filter in its address says so on the closed drawer
		page.navigate("/catalog?topic=" + java.net.URLEncoder.encode(tag + " questioning", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.locator(".filter-drawer > summary")).hasText("Filters and sorting (1 in use)");
		assertThat(page.locator("#results .card")).hasCount(1);
		check("catalog-topic-phone");

		JourneySteps.link(page, "Phone find " + tag).click();
		BoundingBox facts = page.locator(".key-facts").boundingBox();
		assertThat(facts.y + facts.height).as("key facts above the fold at 390 px").isLessThan(844);
		assertThat(page.locator(".key-facts")).containsText("15 hours");
		assertThat(page.locator(".key-facts")).containsText("Free");
		assertThat(page.locator(".key-facts")).containsText("Not on your district");
		check("detail-phone");

		page.setViewportSize(1280, 900);
		page.navigate("/catalog");
		assertThat(page.getByLabel("Sort by")).isVisible();
		page.navigate("/catalog/" + wanted.credential());
		facts = page.locator(".key-facts").boundingBox();
		assertThat(facts.y + facts.height).as("key facts above the fold").isLessThan(900);
	}

}
