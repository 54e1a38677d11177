package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.status;
import static org.microcred.support.SpanishText.englishLeftovers;
import static org.microcred.support.SpanishText.of;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.review.AssessmentService;
import org.microcred.review.ReviewId;
import org.microcred.review.ReviewSettings;
import org.microcred.support.BrowserTest;
import org.microcred.support.ReviewFixture;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;

import jakarta.mail.Message;

/**
 * A teacher whose browser asks for Spanish signs up; from then on their profile says Spanish, so every page they
 * walk (even once the browser asks for English), every e-mail and the PDF certificate of their badge are in Spanish,
 * with no English sentence left over.
 */
class SpanishJourneyBrowserTests extends BrowserTest {

	@Autowired
	AssessmentService assessment;

	@Test
	void fromSignUpToABadgeInSpanish() throws Exception {
		var setup = reviews.credentialWithReviewers(1,
				new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		String title = credentials.title(setup.published());
		String email = TestData.uniqueEmail("Lucia");

		context.setExtraHTTPHeaders(Map.of("Accept-Language", "es-MX,es;q=0.9"));
		page.navigate("/signup");
		assertSpanish("signup", of("identity.signup.title"));
		page.locator("#displayName").fill("Lucía Fernández");
		page.locator("#email").fill(email);
		button(page, of("identity.signup.submit")).click();
		assertThat(status(page)).containsText(of("identity.signup.sent"));
		assertSpanish("signup-sent", of("identity.signup.title"));

		Message confirmation = TestMail.awaitMessagesTo(email, 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo(of("identity.mail.signup.subject"));
		assertNoEnglish("the confirmation e-mail", confirmation.getSubject() + "\n" + TestMail.text(confirmation));
		String link = TestMail.link(confirmation, "http://localhost:8080/signup/").replace("http://localhost:8080", "");

		page.navigate(link);
		assertSpanish("signup-finish", of("identity.signup-finish.title"));
		page.locator("#password").fill("caballo correcto batería");
		page.locator("#confirmation").fill("caballo correcto batería");
		button(page, of("identity.password.create-account")).click();
		assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
		assertThat(status(page)).containsText(of("identity.signup-finish.welcome"));
		assertSpanish("teacher-home", of("learning.home.title"));

		// from here the browser asks for English: the profile's language (saved at sign-up) wins
		context.setExtraHTTPHeaders(Map.of("Accept-Language", "en-US,en;q=0.9"));

		page.navigate("/catalog/" + setup.credential());
		assertThat(page.locator("h1")).containsText(title);
		assertSpanish("catalog-detail", title);
		link(page, of("catalog.enroll.enroll")).click();
		assertSpanish("enroll", of("learning.enroll.title", title));
		page.getByLabel(of("learning.enroll.admission")).check();
		button(page, of("learning.enroll.submit")).click();
		assertThat(status(page)).containsText(of("learning.enroll.enrolled"));

		page.locator("[id='text-plan']").fill("Mi plan incluye tres preguntas bisagra.");
		page.locator("[id='text-reflection']").fill("Los estudiantes explicaron su razonamiento más a menudo.");
		assertThat(page.locator("#part-reflection .save-status")).containsText(of("learning.saved-at", "").trim());
		assertSpanish("learn", title);
		page.onDialog(dialog -> dialog.accept());
		button(page, of("learning.learn.submit")).click();
		assertThat(status(page)).containsText(of("learning.submit.done"));
		assertSpanish("submitted", title);

		CurrentUser reviewer = setup.reviewers().get(0);
		ReviewId review = awaitClaim(reviewer);
		assertThat(assessment.submit(reviewer, review, ReviewFixture.allAt("proficient"), Map.of(),
				"Un plan claro y bien fundamentado.")).isTrue();

		page.navigate("/teacher/badges");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			page.reload();
			return link(page, title).count() > 0;
		});
		assertSpanish("my-badges", of("badge.mine.title"));
		link(page, title).click();
		assertThat(page.locator("h1")).containsText(title);
		assertSpanish("badge-page", title);
		// how it was earned is signed into the credential in the language it was earned in
		assertThat(page.locator("#evidence-h + article")).containsText(of("badge.evidence.assessed.name"));

		String certificateUrl = page.locator("a[href$='certificate.pdf']").first().getAttribute("href");
		APIResponse pdf = page.request().get(certificateUrl);
		assertThat(pdf.status()).isEqualTo(200);
		String certificate;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			certificate = new PDFTextStripper().getText(document);
		}
		assertThat(certificate).contains(of("badge.certificate.heading")).contains(of("badge.certificate.certifies"))
			.contains("Lucía Fernández").contains(title);
		assertNoEnglish("the PDF certificate", certificate);

		List<Message> mails = TestMail.awaitMessagesTo(email, 3);
		assertThat(mails).extracting(Message::getSubject)
			.contains(of("notification.passed.title", title), of("notification.issued.title", title));
		for (Message mail : mails) {
			assertNoEnglish("the e-mail " + mail.getSubject(), mail.getSubject() + "\n" + TestMail.text(mail));
		}
	}

	/** The page shows the expected Spanish text, is in Spanish throughout, passes axe, on a desktop and a phone. */
	private void assertSpanish(String step, String expected) {
		assertThat(page.locator("html")).hasAttribute("lang", "es");
		assertThat(page.locator("body")).containsText(expected);
		assertNoEnglish(page.url(), (String) page.evaluate("() => document.body.innerText"));
		check(step);
		checkOnPhone(step);
	}

	private static void assertNoEnglish(String where, String text) {
		assertThat(englishLeftovers(text)).as("English left over in " + where).isEmpty();
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
