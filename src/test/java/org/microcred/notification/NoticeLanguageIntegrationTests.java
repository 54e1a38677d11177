package org.microcred.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.review.ReviewSettings;
import org.microcred.support.IntegrationTest;
import org.microcred.support.ReviewFixture;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.Message;

/**
 * A notice and its e-mail are written in the language of the person who receives them (their profile's, English when
 * they chose none), never in the language of the reviewer whose decision caused them.
 */
class NoticeLanguageIntegrationTests extends IntegrationTest {

	static final ReviewSettings SINGLE = new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30);

	static final List<Locale> OFFERED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	@Autowired
	AccountService accounts;

	@Test
	void aSpanishSpeakingTeacherHearsInSpanishAboutAReturnAnEnglishSpeakingReviewerDecided() throws Exception {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser teacher = data.teacher();
		accounts.updatePreferences(teacher, "es", "America/Mexico_City", OFFERED);
		reviews.submit(setup.credential(), teacher);

		returnTheAttempt(setup.reviewers().get(0), "en-US");

		Message mail = TestMail.awaitMessagesTo(teacher.email(), 1).get(0);
		assertThat(mail.getSubject()).startsWith("Comentarios sobre su entrega de “");
		assertThat(TestMail.text(mail)).contains("Hola, " + teacher.displayName() + ":")
			.contains("se evaluó con la rúbrica y se le devolvió con comentarios")
			.contains("Ábralo aquí: http://localhost:8080/learn/")
			.doesNotContain("Feedback on your submission");
		// the notice in the app was written in Spanish too, whatever language the page is shown in
		WebClientSession teacherSession = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		assertThat(teacherSession.get("/notifications", Map.of("Accept-Language", "en")).body())
			.contains("Comentarios sobre su entrega de");
	}

	@Test
	void anEnglishSpeakingTeacherHearsInEnglishAboutAReturnASpanishSpeakingReviewerDecided() throws Exception {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		accounts.updatePreferences(reviewer, "es", null, OFFERED);
		CurrentUser teacher = data.teacher();
		reviews.submit(setup.credential(), teacher);

		returnTheAttempt(reviewer, "es-MX");

		Message mail = TestMail.awaitMessagesTo(teacher.email(), 1).get(0);
		assertThat(mail.getSubject()).startsWith("Feedback on your submission for “");
		assertThat(TestMail.text(mail)).contains("Hello " + teacher.displayName() + ",")
			.contains("returned it with feedback")
			.doesNotContain("Comentarios");
	}

	/** The reviewer claims the attempt and returns it, over HTTP, with pages in their own language. */
	private void returnTheAttempt(CurrentUser reviewer, String language) {
		WebClientSession session = browserSession().logIn(reviewer.email(), TestData.PASSWORD);
		Map<String, String> headers = Map.of("Accept-Language", language);
		AtomicReference<String> review = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			HttpResponse<String> claimed = session.post("/reviewer", "/reviewer/claim", Map.of(), headers);
			String location = claimed.headers().firstValue("Location").orElse("");
			review.set(location.substring(location.indexOf("/reviewer")));
			return location.contains("/reviewer/reviews/");
		});
		Map<String, String> form = new HashMap<>();
		ReviewFixture.allAt("developing").forEach((criterion, level) -> {
			form.put("score:" + criterion, level);
			form.put("comment:" + criterion, "Say what changed for your students.");
		});
		form.put("summary", "A good start; revise the checks for understanding.");
		form.put("action", "submit");
		HttpResponse<String> submitted = session.post(review.get(), review.get(), form, headers);
		assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/reviewer"));
	}

}
