package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.logOut;
import static org.microcred.journeys.JourneySteps.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EvidenceFiles;
import org.microcred.review.AssessmentService;
import org.microcred.review.ReviewSettings;
import org.microcred.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

/**
 * A teacher adds Spanish captions (WebVTT) to a classroom video; the teacher and then the reviewer see the video in a
 * player with the captions track, served as text/vtt.
 */
class VideoCaptionsBrowserTests extends BrowserTest {

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceFiles files;

	@Autowired
	AssessmentService assessment;

	@Test
	void captionsAddedByTheTeacherPlayForTheReviewer() {
		var setup = reviews.credentialWithReviewers(1,
				new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		CurrentUser teacher = data.teacher();
		EnrollmentId enrollment = enrollments.enroll(teacher, setup.credential(), false);
		enrollments.acknowledgePrivacy(teacher, enrollment);
		byte[] mp4 = ReviewerEvidenceJourneyBrowserTests.mp4();
		files.upload(teacher, enrollment, "plan", "lesson.mp4", mp4.length, new ByteArrayInputStream(mp4), false);
		enrollments.saveText(teacher, enrollment, "plan", "My plan.");
		enrollments.saveText(teacher, enrollment, "reflection", "My reflection.");

		logIn(page, teacher);
		page.navigate("/learn/" + enrollment.value());
		page.getByText("Add captions to lesson.mp4").click();
		page.getByLabel("Caption or transcript file").setInputFiles(new FilePayload("notes.txt", "text/plain",
				"Hello".getBytes(StandardCharsets.UTF_8)));
		button(page, "Upload captions").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).first())
			.containsText("That is not a WebVTT caption file");
		page.getByText("Add captions to lesson.mp4").click();
		page.getByLabel("Caption or transcript file").setInputFiles(new FilePayload("clase.vtt", "text/vtt",
				"WEBVTT\n\n00:00.000 --> 00:04.000\nBuenos días, clase.\n".getBytes(StandardCharsets.UTF_8)));
		page.getByLabel("Language of the captions").selectOption("es");
		button(page, "Upload captions").click();
		assertThat(status(page)).containsText("Captions clase.vtt added.");
		assertCaptioned(page.locator("#part-plan video"));
		check("teacher-captions");
		checkOnPhone("teacher-captions");
		logOut(page);

		enrollments.submit(teacher, enrollment, UUID.randomUUID());
		CurrentUser reviewer = setup.reviewers().get(0);
		var review = new java.util.concurrent.atomic.AtomicReference<org.microcred.review.ReviewId>();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			assessment.claimNext(reviewer, null).ifPresent(review::set);
			return review.get() != null;
		});
		logIn(page, reviewer);
		page.navigate("/reviewer/reviews/" + review.get());
		Locator video = page.locator("video[aria-label='Evidence video: lesson.mp4']");
		assertCaptioned(video);
		assertThat(page.locator("main")).containsText("Captions (Español): clase.vtt");
		check("reviewer-captions");
	}

	private void assertCaptioned(Locator video) {
		Locator track = video.locator("track");
		assertThat(track).hasAttribute("kind", "captions");
		assertThat(track).hasAttribute("srclang", "es");
		assertThat(track).hasAttribute("label", "Español");
		String served = (String) track.evaluate(
				"t => fetch(t.src).then(r => r.headers.get('content-type') + '|' + r.status).then(x => x)");
		assertThat(served).startsWith("text/vtt").endsWith("|200");
	}

}
