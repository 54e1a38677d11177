package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.support.ReviewFixture.allAt;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.EvidenceFiles;
import org.microcred.review.AssessmentService;
import org.microcred.review.ReviewId;
import org.microcred.review.ReviewSettings;
import org.microcred.support.BrowserTest;
import org.microcred.support.Files;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer sees image, PDF and video evidence on the review page instead of a list of downloads (the video can be
 * seeked: the file answers Range requests), on a resubmission the previous attempt's scores and feedback with what
 * changed, the calibration exercise, and the history of their reviews.
 */
class ReviewerEvidenceJourneyBrowserTests extends BrowserTest {

	static final ReviewSettings OPEN_SINGLE = new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30);

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceFiles files;

	@Autowired
	AssessmentService assessment;

	@Test
	void evidenceInlineAndAResubmissionWithWhatChanged() {
		var setup = reviews.credentialWithReviewers(1, OPEN_SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		CurrentUser teacher = data.teacher();
		EnrollmentId enrollment = enrollments.enroll(teacher, setup.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "My lesson plan with embedded checks for understanding.");
		enrollments.saveText(teacher, enrollment, "reflection", "What I learned from my students.");
		enrollments.acknowledgePrivacy(teacher, enrollment);
		upload(teacher, enrollment, "board.png", whiteboard());
		EvidenceFile pdf = upload(teacher, enrollment, "plan.pdf", Files.pdf());
		EvidenceFile video = upload(teacher, enrollment, "lesson.mp4", mp4());
		enrollments.submit(teacher, enrollment, UUID.randomUUID());

		ReviewId first = awaitClaim(reviewer);
		logIn(page, reviewer);
		page.navigate("/reviewer/reviews/" + first);
		assertThat(page.locator("img[alt='Evidence image: board.png']")).isVisible();
		// pages may not frame documents (X-Frame-Options: DENY): a PDF opens in a tab of its own
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Read plan.pdf (PDF, opens in a new tab)")))
			.hasAttribute("href", java.util.regex.Pattern.compile("/evidence/files/" + pdf.id() + "\\?inline=true$"));
		assertThat(page.locator("video[aria-label='Evidence video: lesson.mp4']")).hasAttribute("controls", "");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Download plan.pdf"))).isVisible();
		assertThat(page.locator("main")).containsText("Calibration exercise for this credential");
		assertThat(page.locator(".previous-attempt")).hasCount(0);
		boolean imageLoaded = (Boolean) page.locator("img[alt='Evidence image: board.png']")
			.evaluate("img => img.complete && img.naturalWidth > 0");
		assertThat(imageLoaded).as("the image is served for display").isTrue();
		check("reviewer-inline-evidence");
		checkOnPhone("reviewer-inline-evidence-phone");

		var http = browserSession().logIn(reviewer.email(), TestData.PASSWORD);
		HttpResponse<String> range = http.get("/evidence/files/" + video.id() + "?inline=true", Map.of("Range", "bytes=100-199"));
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("Content-Range")).contains("bytes 100-199/" + video.sizeBytes());
		assertThat(range.headers().firstValue("Content-Length")).contains("100");
		assertThat(range.headers().firstValue("Content-Type").orElseThrow()).startsWith("video/mp4");
		HttpResponse<String> whole = http.get("/evidence/files/" + video.id(), Map.of());
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
		HttpResponse<String> shownPdf = http.get("/evidence/files/" + pdf.id() + "?inline=true", Map.of());
		assertThat(shownPdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
		assertThat(shownPdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(browserSession().get("/evidence/files/" + video.id() + "?inline=true", Map.of("Range", "bytes=0-9"))
			.statusCode()).as("strangers get nothing").isNotIn(200, 206);

		Map<String, String> comments = Map.of("plan/goal", "Name the goal.", "plan/checks", "Add checks.",
				"reflection/insight", "Say what changed for students.");
		assertThat(assessment.submit(reviewer, first, allAt("developing"), comments, "Revise the plan and the reflection.")).isFalse();
		enrollments.saveText(teacher, enrollment, "reflection", "What I learned, and what changed for my students.");
		files.remove(teacher, enrollment, video.id());
		upload(teacher, enrollment, "second-lesson.pdf", (new String(Files.pdf()) + "% second\n").getBytes());
		enrollments.submit(teacher, enrollment, UUID.randomUUID());

		ReviewId second = awaitClaim(reviewer);
		page.navigate("/reviewer/reviews/" + second);
		assertThat(page.locator(".previous-attempt h2")).hasText("Resubmission: attempt 1 was returned");
		assertThat(page.locator(".previous-attempt")).containsText("Revise the plan and the reflection.");
		assertThat(page.locator(".previous-attempt")).containsText("Say what changed for students.");
		assertThat(page.locator(".previous-attempt")).containsText("Developing");
		var plan = page.locator("article.evidence-part").nth(0);
		assertThat(plan).containsText("Text unchanged");
		assertThat(plan).containsText("Files added: second-lesson.pdf");
		assertThat(plan).containsText("Files removed: lesson.mp4");
		assertThat(page.locator("article.evidence-part").nth(1)).containsText("Text changed since the previous attempt");
		check("reviewer-resubmission");

		page.navigate("/reviewer");
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Your past reviews")).click();
		assertThat(page.locator("h1")).hasText("Your past reviews");
		assertThat(page.locator("main")).containsText("One review submitted.");
		assertThat(page.locator("tbody tr")).hasCount(1);
		assertThat(page.locator("tbody")).containsText("Returned for revision");
		check("reviewer-history");
		page.locator("tbody a").first().click();
		assertThat(page.locator("h1")).containsText("Review");
		assertThat(page.locator("main")).containsText("Revise the plan and the reflection.");
	}

	private EvidenceFile upload(CurrentUser teacher, EnrollmentId enrollment, String name, byte[] bytes) {
		return files.upload(teacher, enrollment, "plan", name, bytes.length, new ByteArrayInputStream(bytes), false);
	}

	/** A photo-sized PNG (of a whiteboard, say), large enough to see in the screenshots. */
	static byte[] whiteboard() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(480, 270, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(new java.awt.Color(0xF4F1E8));
		g.fillRect(0, 0, 480, 270);
		g.setColor(new java.awt.Color(0x1F5F8B));
		g.fillRect(40, 60, 160, 24);
		g.fillRect(40, 110, 300, 24);
		g.fillRect(40, 160, 220, 24);
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An MP4 container (an ftyp box and some media data): enough to be recognised and served as video. */
	static byte[] mp4() {
		ByteBuffer buffer = ByteBuffer.allocate(24 + 4096);
		buffer.putInt(24).put("ftypisom".getBytes()).putInt(0x200).put("isommp41".getBytes());
		buffer.putInt(4096).put("mdat".getBytes());
		return buffer.array();
	}

	private ReviewId awaitClaim(CurrentUser reviewer) {
		AtomicReference<ReviewId> claimed = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			Optional<ReviewId> next = assessment.claimNext(reviewer, null);
			next.ifPresent(claimed::set);
			return next.isPresent();
		});
		return claimed.get();
	}

}
