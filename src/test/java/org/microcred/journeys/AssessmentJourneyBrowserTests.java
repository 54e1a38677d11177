package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.logOut;
import static org.microcred.journeys.JourneySteps.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.review.ReviewSettings;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestMail;

import jakarta.mail.Message;

/**
 * A reviewer claims, scores with comments and returns; the teacher reads the feedback and resubmits; another
 * reviewer passes it; the teacher's e-mails arrive.
 */
class AssessmentJourneyBrowserTests extends BrowserTest {

	@Test
	void returnWithFeedbackResubmitPass() throws Exception {
		var setup = reviews.credentialWithReviewers(2, new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		CurrentUser teacher = data.teacher();
		var submitted = reviews.submit(setup.credential(), teacher);

		logIn(page, setup.reviewers().get(0));
		page.navigate("/reviewer");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
			page.reload();
			return page.getByText("Claim the next submission").count() > 0;
		});
		check("queue");
		button(page, "Claim the next submission (earliest due first)").click();
		assertThat(page.locator("h1")).containsText("Review:");
		assertThat(page.locator("main")).containsText("Blind review");
		page.locator("input[name='score:plan/goal'][value='proficient']").check();
		page.locator("input[name='score:plan/checks'][value='developing']").check();
		page.locator("textarea[name='comment:plan/checks']").fill("Add a check after the second activity.");
		page.locator("input[name='score:reflection/insight'][value='proficient']").check();
		assertThat(page.locator("#review-save-status")).containsText("Saved at");
		page.getByLabel("Summary for the teacher").fill("A clear plan. One more **check for understanding** is needed.");
		check("scoring");
		button(page, "Submit: the decision follows from the passing rule").click();
		assertThat(status(page)).containsText("goes back to the teacher");
		logOut(page);

		List<Message> returned = TestMail.awaitMessagesTo(teacher.email(), 1);
		assertThat(returned.get(0).getSubject()).startsWith("Feedback on your submission");

		logIn(page, teacher);
		page.navigate("/learn/" + submitted.enrollment());
		assertThat(page.locator("#feedback")).containsText("check for understanding");
		assertThat(page.locator("#feedback")).containsText("Add a check after the second activity.");
		check("feedback");
		page.locator("[id='text-plan']").fill("My revised plan adds an exit ticket after the second activity.");
		assertThat(page.locator("#part-plan .save-status")).containsText("Saved at");
		page.onDialog(dialog -> dialog.accept());
		button(page, "Submit my evidence").click();
		assertThat(status(page)).containsText("Submitted");
		logOut(page);

		logIn(page, setup.reviewers().get(1));
		page.navigate("/reviewer");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
			page.reload();
			return page.getByText("Claim the next submission").count() > 0;
		});
		button(page, "Claim the next submission (earliest due first)").click();
		assertThat(page.locator("main")).containsText("exit ticket");
		for (String criterion : new String[] { "plan/goal", "plan/checks", "reflection/insight" }) {
			page.locator("input[name='score:" + criterion + "'][value='proficient']").check();
		}
		page.getByLabel("Summary for the teacher").fill("The revision meets every criterion.");
		button(page, "Submit: the decision follows from the passing rule").click();
		assertThat(status(page)).containsText("meets the passing rule");
		logOut(page);

		List<Message> all = TestMail.awaitMessagesTo(teacher.email(), 2);
		assertThat(all).anySatisfy(m -> assertThat(m.getSubject()).startsWith("You earned"));
		logIn(page, teacher);
		page.navigate("/teacher");
		assertThat(page.locator("#earned-h + ul")).containsText("Earned");
		// the returned decision, the passed decision and the issued badge are all unread
		// (the badge is issued after the decision commits, so its notice may need a moment)
		Locator notices = page.locator("header a[href='/notifications']");
		for (int i = 0; i < 50 && !notices.textContent().contains("(3 new)"); i++) {
			page.waitForTimeout(200);
			page.reload();
		}
		assertThat(notices).hasText(Pattern.compile("Notices \\(3 new\\)"));
		notices.click();
		assertThat(page.locator("main")).containsText("You earned");
		check("notices");
	}

}
