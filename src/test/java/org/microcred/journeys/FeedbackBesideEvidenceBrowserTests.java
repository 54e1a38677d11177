package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.Feedback;
import org.microcred.learning.Feedback.CriterionFeedback;
import org.microcred.learning.LearningService;
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;
import org.microcred.support.ReviewFixture.Submitted;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher reads a returned attempt: each part's evidence with the feedback on its criteria beside it. */
class FeedbackBesideEvidenceBrowserTests extends BrowserTest {

	@Autowired
	LearningService learning;

	@Test
	void eachPartShowsTheLevelReachedTheCommentAndWhatProficientLooksLike() {
		Published published = credentials.publish("Feedback beside");
		CurrentUser teacher = data.teacher();
		Submitted submitted = reviews.submit(published.credential(), teacher);
		learning.decide(submitted.attempt(), false, new Feedback("Good start; the checks need work.", List.of(
				new CriterionFeedback("plan", "Lesson plan", "goal", "Clear goal", "proficient", "Proficient", false, "Goal is clear."),
				new CriterionFeedback("plan", "Lesson plan", "checks", "Embedded checks", "developing", "Developing", true,
						"Add a hinge question halfway."),
				new CriterionFeedback("reflection", "Reflection", "insight", "Insight", "proficient", "Proficient", false, null))));
		JourneySteps.logIn(page, teacher);

		page.navigate("/learn/" + submitted.enrollment().value() + "/attempts/" + submitted.attempt().value());

		var plan = page.locator("#part-plan");
		assertThat(plan).containsText("My lesson plan with embedded checks");
		assertThat(plan.locator(".criterion-feedback")).hasCount(2);
		var checks = plan.locator(".criterion-feedback").nth(1);
		assertThat(checks).containsText("Embedded checks");
		assertThat(checks).containsText("Developing");
		assertThat(checks).containsText("Add a hinge question halfway.");
		assertThat(checks).containsText("What Proficient looks like: Clearly there.");
		assertThat(page.locator("#part-reflection .criterion-feedback")).containsText("Insight");
		check("attempt-feedback");
		checkOnPhone("attempt-feedback");
	}

}
