package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.review.internal.PoolStore;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A submission in Spanish is offered only to reviewers who review in Spanish; while the pool has none, the issuer
 * sees it on the reviews page instead of it silently waiting.
 */
class ReviewerLanguageIntegrationTests extends IntegrationTest {

	static final ReviewSettings SINGLE = new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30);

	@Autowired
	AssessmentService assessment;

	@Autowired
	ReviewerLanguages languages;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	PoolStore pools;

	@Test
	void aSpanishSubmissionGoesOnlyToAReviewerWhoReviewsInSpanish() {
		Published credential = credentials.publishInEnglishAndSpanish("Bilingual");
		pools.saveSettings(credential.issuer().value(), SINGLE);
		CurrentUser englishOnly = reviews.activeReviewer(credential);
		languages.set(englishOnly, List.of("en"));
		CurrentUser unstated = reviews.activeReviewer(credential);

		submit(credential, data.teacher(), Locale.forLanguageTag("es-MX"));
		WebClientSession admin = browserSession().logIn(credential.admin().email(), TestData.PASSWORD);
		String reviewsPage = "/manage/issuers/" + credential.issuer() + "/reviews";
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> admin.get(reviewsPage).body().contains("Submissions in a language nobody in the pool reviews"));
		assertThat(admin.get(reviewsPage).body()).contains(credentials.title(credential) + ": one submission in Spanish");

		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> assessment.claimNext(englishOnly, null).isEmpty() && assessment.claimNext(unstated, null).isEmpty());
		assertThat(assessment.queue(englishOnly).totalWaiting()).isZero();

		// a reviewer states Spanish on their page: the submission is theirs to claim, and the warning goes
		CurrentUser spanishReviewer = reviews.activeReviewer(credential);
		WebClientSession reviewer = browserSession().logIn(spanishReviewer.email(), TestData.PASSWORD);
		assertThat(reviewer.get("/reviewer").body()).contains("Languages you review in");
		reviewer.post("/reviewer", "/reviewer/languages", Map.of("languages", "es"));
		assertThat(languages.of(spanishReviewer)).containsExactly("es");
		assertThat(admin.get(reviewsPage).body()).doesNotContain("Submissions in a language nobody in the pool reviews");
		assertThat(assessment.queue(spanishReviewer).totalWaiting()).isEqualTo(1);
		assertThat(claim(spanishReviewer)).isPresent();

		// an English submission still goes to reviewers who review in English or stated nothing, not to her
		submit(credential, data.teacher(), Locale.ENGLISH);
		Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> assessment.claimNext(spanishReviewer, null).isEmpty());
		assertThat(claim(englishOnly)).isPresent();
	}

	void submit(Published credential, CurrentUser teacher, Locale language) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false, language);
		enrollments.saveText(teacher, enrollment, "plan", "Mi plan de clase con preguntas de comprobación.");
		enrollments.saveText(teacher, enrollment, "reflection", "Lo que aprendí de mis estudiantes.");
		enrollments.submit(teacher, enrollment, UUID.randomUUID());
	}

	Optional<ReviewId> claim(CurrentUser reviewer) {
		AtomicReference<ReviewId> claimed = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			Optional<ReviewId> next = assessment.claimNext(reviewer, null);
			next.ifPresent(claimed::set);
			return next.isPresent();
		});
		return Optional.ofNullable(claimed.get());
	}

}
