package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.microcred.support.ReviewFixture.allAt;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptStatus;
import org.microcred.learning.EnrollmentView;
import org.microcred.learning.EvidenceSubmitted;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.learning.Submission;
import org.microcred.platform.ConflictException;
import org.microcred.platform.NotFoundException;
import org.microcred.support.IntegrationTest;
import org.microcred.support.ReviewFixture;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review pipeline cannot stall. On the demo data the fourth claim in the Equitable and Inclusive Classrooms
 * pool failed at submission with "already decided": the demo had recorded that teacher's attempt as passed
 * directly, and the submission event, handled afterwards, queued the decided attempt; claiming it then marked it
 * in review and submitting failed, for ever. A reviewer can also hand a claim back.
 */
class StalledReviewIntegrationTests extends IntegrationTest {

	static final ReviewSettings SINGLE = new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30);

	@Autowired
	AssessmentService assessment;

	@Autowired
	LearningService learning;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAttemptDecidedBeforeItsSubmissionIsHandledNeverReachesAReviewer() {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		var decidedDirectly = reviews.submit(setup.credential(), data.teacher());
		learning.decide(decidedDirectly.attempt(), true, new Feedback("Recorded by the issuer.", List.of()));
		// the submission event arrives late, as it did while the demo was seeded
		assessment.enqueue(submitted(decidedDirectly));
		var waiting = reviews.submit(setup.credential(), data.teacher());

		ReviewId review = awaitClaim(reviewer);
		assertThat(assessment.workspace(reviewer, review).submission().attempt().id()).isEqualTo(waiting.attempt());
		assertThat(assessment.submit(reviewer, review, allAt("proficient"), Map.of(), "Solid work.")).isTrue();
		assertThat(learning.attempt(waiting.attempt()).status()).isEqualTo(AttemptStatus.PASSED);
		assertThat(assessment.claimNext(reviewer, null)).isEmpty();
		assertThat(learning.attempt(decidedDirectly.attempt()).status()).isEqualTo(AttemptStatus.PASSED);
	}

	@Test
	void aQueuedAttemptDecidedElsewhereLeavesTheQueueInsteadOfFailingAtSubmission() {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		var stale = reviews.submit(setup.credential(), data.teacher());
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> stage(stale.attempt().value()).isPresent());
		// decided while queued, with nothing telling the queue (data left by earlier versions)
		jdbc.sql("update attempt set status = 'RETURNED', decided_at = now() where id = ?").param(stale.attempt().value()).update();

		assertThat(assessment.claimNext(reviewer, null)).isEmpty();
		assertThat(stage(stale.attempt().value())).contains("DECIDED");
		assertThat(audit(stale.attempt().value())).containsSubsequence("QUEUED", "DECIDED");

		var live = reviews.submit(setup.credential(), data.teacher());
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> stage(live.attempt().value()).isPresent());
		learning.decide(live.attempt(), false, new Feedback("Returned by the issuer.", List.of()));
		// the decision's event closes the item without waiting for a claim
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> stage(live.attempt().value()).orElseThrow().equals("DECIDED"));
	}

	@Test
	void aReviewerReleasesAClaimAndAnotherReviewerTakesIt() {
		var setup = reviews.credentialWithReviewers(2, SINGLE);
		CurrentUser first = setup.reviewers().get(0);
		CurrentUser second = setup.reviewers().get(1);
		var submitted = reviews.submit(setup.credential(), data.teacher());
		ReviewId claim = awaitClaim(first);
		assessment.saveDraft(first, claim, allAt("developing"), Map.of(), "Half done");
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.IN_REVIEW);

		assessment.release(first, claim);

		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.SUBMITTED);
		assertThat(assessment.claimNext(first, null)).as("not offered again to who released it").isEmpty();
		assertThatThrownBy(() -> assessment.release(first, claim)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> assessment.submit(first, claim, allAt("proficient"), Map.of(), "Done"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> assessment.workspace(first, claim)).isInstanceOf(NotFoundException.class);

		ReviewId taken = assessment.claimNext(second, null).orElseThrow();
		var workspace = assessment.workspace(second, taken);
		assertThat(workspace.summary()).as("the released draft stays with its reviewer").isNull();
		assertThatThrownBy(() -> assessment.release(second, claim)).isInstanceOf(NotFoundException.class);
		assertThat(assessment.submit(second, taken, allAt("proficient"), Map.of(), "Meets the rubric.")).isTrue();
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.PASSED);
		assertThat(audit(submitted.attempt().value())).containsSubsequence("QUEUED", "CLAIMED", "CLAIM_RELEASED",
				"CLAIMED", "SCORED", "DECIDED");
	}

	@Test
	void theReviewPageOffersToReleaseTheClaim() {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		var submitted = reviews.submit(setup.credential(), data.teacher());
		ReviewId claim = awaitClaim(reviewer);
		var browser = browserSession().logIn(reviewer.email(), TestData.PASSWORD);
		String page = "/reviewer/reviews/" + claim;
		assertThat(browser.get(page).body()).contains("Release this claim");

		var released = browser.post(page, page + "/release", Map.of());

		assertThat(released.statusCode()).isEqualTo(302);
		assertThat(released.headers().firstValue("Location").orElseThrow()).endsWith("/reviewer");
		assertThat(browser.get("/reviewer").body()).contains("went back to the queue");
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.SUBMITTED);
		assertThat(browser.get(page).statusCode()).isEqualTo(404);
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

	private EvidenceSubmitted submitted(ReviewFixture.Submitted submitted) {
		Submission s = learning.submission(submitted.attempt());
		EnrollmentView enrollment = learning.enrollment(submitted.enrollment());
		return new EvidenceSubmitted(submitted.attempt(), submitted.enrollment(), enrollment.teacherId(),
				enrollment.credentialId(), enrollment.versionId(), s.attempt().number(), false, s.attempt().submittedAt(),
				s.attempt().dueAt());
	}

	private Optional<String> stage(java.util.UUID attempt) {
		return jdbc.sql("select stage from review_item where attempt_id = ?").param(attempt).query(String.class).optional();
	}

	private List<String> audit(java.util.UUID attempt) {
		return jdbc.sql("select action from review_audit where attempt_id = ? order by id").param(attempt).query(String.class).list();
	}

}
