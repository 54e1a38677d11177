package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.support.BrowserTest;
import org.microcred.support.DesignFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher writing evidence sees the word count against the part's limits, and a bad link marked by its line. */
class EvidenceWritingBrowserTests extends BrowserTest {

	@Autowired
	EnrollmentService enrollments;

	@Test
	void theWordCounterFollowsTheTextAndABadLinkIsMarked() {
		EvidencePart lesson = new EvidencePart("lesson", "Recorded lesson",
				"Link to your lesson video and give at least 5 words of context.",
				Set.of(EvidenceKind.LINK, EvidenceKind.TEXT), true, 0, 8, List.of(DesignFixtures.criterion("clarity", "Clarity")));
		var published = credentials.publish(DesignFixtures.withParts("Counted words " + UUID.randomUUID().toString().substring(0, 6),
				List.of(lesson)));
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrollments.enroll(teacher, published.credential(), false);
		JourneySteps.logIn(page, teacher);
		page.navigate("/learn/" + id.value());

		assertThat(page.locator("#count-lesson")).containsText("Between 5 and 8 words");
		page.locator("[id='text-lesson']").fill("Three words here");
		assertThat(page.locator("#count-lesson")).containsText("3 words · Between 5 and 8 words · 2 more to reach the minimum");
		page.locator("[id='text-lesson']").fill("one two three four five six seven eight nine ten");
		assertThat(page.locator("#count-lesson")).containsText("10 words · Between 5 and 8 words · 2 over the limit");
		assertThat(page.locator("#part-lesson .save-status")).containsText("Shorten it before you submit");
		check("word-counter");

		page.locator("[id='links-lesson']").fill("https://video.example.org/lesson\nvideo.example.org/oops");
		JourneySteps.button(page, "Save links").click();
		assertThat(page.locator("#links-lesson-error")).containsText("Line 2 is not a web address");
		assertThat(page.locator("[id='links-lesson']")).hasValue("https://video.example.org/lesson\nvideo.example.org/oops");
		checkOnPhone("bad-link");
	}

}
