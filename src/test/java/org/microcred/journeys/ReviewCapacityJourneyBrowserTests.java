package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.logIn;

import java.math.BigDecimal;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.review.ReviewSettings;
import org.microcred.support.BrowserTest;

/**
 * An issuer administrator removes the last active reviewer of a credential while a submission waits: the
 * assessment page says nobody can review it, and a notice says so too.
 */
class ReviewCapacityJourneyBrowserTests extends BrowserTest {

	@Test
	void removingTheLastReviewerShowsThatNobodyCanReviewTheWaitingWork() {
		var setup = reviews.credentialWithReviewers(1, new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		CurrentUser admin = setup.published().admin();
		CurrentUser reviewer = setup.reviewers().get(0);
		reviews.submit(setup.credential(), data.teacher());

		logIn(page, admin);
		String assessment = "/manage/issuers/" + setup.issuer() + "/reviews";
		page.navigate(assessment);
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			page.reload();
			return page.locator("#waiting-h").textContent().contains("1");
		});
		assertThat(page.locator(".unstaffed")).hasCount(0);
		button(page, "Remove " + reviewer.displayName()).click();

		assertThat(page.locator(".unstaffed")).containsText("Submissions nobody can review");
		assertThat(page.locator(".unstaffed")).containsText("one submission waits and no reviewer in its pool is active");
		check("assessment-unstaffed-warning");
		checkOnPhone("assessment-unstaffed-warning-phone");

		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			page.navigate("/notifications");
			return page.locator("main").textContent().contains("Submissions wait and nobody can review them");
		});
		check("notice-unstaffed");
	}

}
