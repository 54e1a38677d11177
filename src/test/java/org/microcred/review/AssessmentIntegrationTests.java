package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.microcred.support.ReviewFixture.allAt;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.learning.AttemptStatus;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.learning.LearningService;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.support.IntegrationTest;
import org.microcred.support.ReviewFixture;
import org.microcred.support.TestMail;
import org.microcred.support.EnglishText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AssessmentIntegrationTests extends IntegrationTest {

	static final ReviewSettings BLIND_SINGLE = new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30);

	@Autowired
	AssessmentService assessment;

	@Autowired
	AppealService appeals;

	@Autowired
	ReviewAdminService admin;

	@Autowired
	LearningService learning;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	ReviewId awaitClaim(CurrentUser reviewer) {
		AtomicReference<ReviewId> claimed = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			Optional<ReviewId> next = assessment.claimNext(reviewer, null);
			next.ifPresent(claimed::set);
			return next.isPresent();
		});
		return claimed.get();
	}

	@Test
	void aReviewerScoresEveryCriterionAndTheDecisionFollowsFromThePassingRule() throws Exception {
		var setup = reviews.credentialWithReviewers(1, BLIND_SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		CurrentUser teacher = data.teacher();
		var submitted = reviews.submit(setup.credential(), teacher);
		ReviewId review = awaitClaim(reviewer);
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.IN_REVIEW);

		assertThatThrownBy(() -> assessment.saveDraft(reviewer, review, Map.of("plan/made-up", "proficient"), Map.of(), ""))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("not a criterion of this rubric"));
		assertThatThrownBy(() -> assessment.submit(reviewer, review, Map.of("plan/goal", "proficient"), Map.of(), "Good"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("Score “Embedded checks”"))
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("Score “Insight”"));
		Map<String, String> scores = new HashMap<>(allAt("proficient"));
		scores.put("reflection/insight", "developing");
		assertThatThrownBy(() -> assessment.submit(reviewer, review, scores, Map.of(), "Nearly"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("Explain why “Insight” is below Proficient"));

		assessment.saveDraft(reviewer, review, scores, Map.of("reflection/insight", "Say what changed for students."), "");
		assertThat(assessment.workspace(reviewer, review).scores()).containsEntry("reflection/insight", "developing");

		boolean passed = assessment.submit(reviewer, review, scores,
				Map.of("reflection/insight", "Say what changed for **students**."), "A strong plan; deepen the reflection.");
		assertThat(passed).isFalse();
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.RETURNED);
		assertThat(learning.attempt(submitted.attempt()).feedback().criteria())
			.anySatisfy(f -> {
				assertThat(f.criterionName()).isEqualTo("Insight");
				assertThat(f.belowPassing()).isTrue();
				assertThat(f.comment()).contains("students");
			});
		assertThatThrownBy(() -> assessment.submit(reviewer, review, allAt("exemplary"), Map.of(), "Changed my mind"))
			.isInstanceOf(ConflictException.class);
		assertThat(TestMail.awaitMessagesTo(teacher.email(), 1).get(0).getSubject()).startsWith("Feedback on your submission");
		assertThat(admin.audit(setup.published().admin(), setup.issuer(), submitted.attempt().value(), new PageRequest(0, 50))
			.items()).extracting(ReviewAdminService.AuditView::action)
			.contains("QUEUED", "CLAIMED", "SCORED", "DECIDED");
	}

	@Test
	void reviewersNeverGetTheirOwnWorkOrSomeoneFromTheirDistrict() {
		var setup = reviews.credentialWithReviewers(0, BLIND_SINGLE);
		OrganizationId district = data.district();
		CurrentUser colleague = data.teacherIn(district);
		CurrentUser reviewerInDistrict = data.user("Reviewer", new RoleGrant(Role.REVIEWER, setup.issuer().value()),
				new RoleGrant(Role.TEACHER, district.value()));
		organizations.placeTeacher(reviewerInDistrict.id(), district, null, null, null);
		reviews.activeReviewerFor(setup, reviewerInDistrict);

		reviews.submit(setup.credential(), colleague);
		reviews.submit(setup.credential(), reviewerInDistrict);

		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> assessment.claimNext(reviewerInDistrict, null).isEmpty());
		CurrentUser outsider = reviews.activeReviewer(setup.published());
		awaitClaim(outsider);
		awaitClaim(outsider);
	}

	@Test
	void blindReviewHidesTheTeacherUnlessTheIssuerTurnsItOff() {
		var setup = reviews.credentialWithReviewers(1, BLIND_SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		reviews.submit(setup.credential(), data.teacher());
		ReviewId blind = awaitClaim(reviewer);
		assertThat(assessment.workspace(reviewer, blind).teacherName()).isNull();

		admin.saveSettings(setup.published().admin(), setup.issuer(),
				new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		CurrentUser named = data.teacher();
		reviews.submit(setup.credential(), named);
		ReviewId open = awaitClaim(reviewer);
		assertThat(assessment.workspace(reviewer, open).teacherName()).isEqualTo(named.displayName());
	}

	@Test
	void nobodyElseCanOpenOrScoreAReviewAndOnlyActivePoolMembersClaim() {
		var setup = reviews.credentialWithReviewers(1, BLIND_SINGLE);
		CurrentUser reviewer = setup.reviewers().get(0);
		reviews.submit(setup.credential(), data.teacher());
		ReviewId review = awaitClaim(reviewer);
		CurrentUser stranger = data.admin(Role.REVIEWER, setup.issuer());

		assertThatThrownBy(() -> assessment.workspace(stranger, review)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> assessment.submit(stranger, review, allAt("proficient"), Map.of(), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> assessment.claimNext(stranger, setup.credential())).isInstanceOf(ConflictException.class);
		assertThat(assessment.claimNext(stranger, null)).isEmpty();
	}

	@Test
	void disagreeingDoubleScoresGoToAModeratorWhoseDecisionStands() {
		var setup = reviews.credentialWithReviewers(3, new ReviewSettings(true, BigDecimal.ONE, new BigDecimal("0.8"), 48, 30));
		CurrentUser first = setup.reviewers().get(0);
		CurrentUser second = setup.reviewers().get(1);
		CurrentUser third = setup.reviewers().get(2);
		var submitted = reviews.submit(setup.credential(), data.teacher());

		ReviewId a = awaitClaim(first);
		ReviewId b = awaitClaim(second);
		assertThat(assessment.claimNext(third, null)).isEmpty();
		assessment.submit(first, a, allAt("proficient"), Map.of(), "Passes.");
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.IN_REVIEW);
		assessment.submit(second, b, allAt("developing"),
				Map.of("plan/goal", "vague", "plan/checks", "few", "reflection/insight", "thin"), "Returns.");
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.IN_REVIEW);

		ReviewId moderation = awaitClaim(third);
		ReviewWorkspace workspace = assessment.workspace(third, moderation);
		assertThat(workspace.role()).isEqualTo(ReviewRole.MODERATOR);
		assertThat(workspace.otherReviews()).hasSize(2);
		assessment.submit(third, moderation, allAt("exemplary"), Map.of(), "The evidence is strong.");
		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.PASSED);
		assertThat(learning.enrollment(submitted.enrollment()).status()).isEqualTo(EnrollmentStatus.PASSED);
	}

	@Test
	void aTeacherAppealsOnceAndADifferentReviewerDecidesFinally() {
		var setup = reviews.credentialWithReviewers(2, BLIND_SINGLE);
		CurrentUser teacher = data.teacher();
		var submitted = reviews.submit(setup.credential(), teacher);
		CurrentUser firstReviewer = setup.reviewers().get(0);
		ReviewId review = awaitClaim(firstReviewer);
		assessment.submit(firstReviewer, review, allAt("developing"),
				Map.of("plan/goal", "a", "plan/checks", "b", "reflection/insight", "c"), "Not yet.");

		assertThatThrownBy(() -> appeals.appeal(teacher, submitted.attempt(), " ")).isInstanceOf(InvalidInputException.class);
		appeals.appeal(teacher, submitted.attempt(), "The rubric's proficient descriptor fits my plan.");
		assertThatThrownBy(() -> appeals.appeal(teacher, submitted.attempt(), "Again"))
			.isInstanceOf(ConflictException.class)
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("already appealed"));
		assertThat(assessment.claimNext(firstReviewer, null)).isEmpty();

		CurrentUser appealReviewer = setup.reviewers().get(1);
		ReviewId appealReview = awaitClaim(appealReviewer);
		assertThat(assessment.workspace(appealReviewer, appealReview).appealReason()).contains("proficient descriptor");
		assessment.submit(appealReviewer, appealReview, allAt("proficient"), Map.of(), "On re-review, it meets the rubric.");

		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.PASSED);
		assertThat(enrollments.mine(teacher, submitted.enrollment()).status()).isEqualTo(EnrollmentStatus.PASSED);
	}

	@Test
	void anAppealAfterTheDeadlineIsRefused() {
		var setup = reviews.credentialWithReviewers(1, BLIND_SINGLE);
		CurrentUser teacher = data.teacher();
		var submitted = reviews.submit(setup.credential(), teacher);
		CurrentUser reviewer = setup.reviewers().get(0);
		assessment.submit(reviewer, awaitClaim(reviewer), allAt("not-yet"),
				Map.of("plan/goal", "a", "plan/checks", "b", "reflection/insight", "c"), "Not yet.");
		jdbc.sql("update attempt set decided_at = now() - interval '31 days' where id = ?").param(submitted.attempt().value()).update();
		assertThatThrownBy(() -> appeals.appeal(teacher, submitted.attempt(), "Please reconsider"))
			.isInstanceOf(ConflictException.class)
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("deadline"));
	}

	@Test
	void aLapsedClaimReturnsTheAttemptToTheQueue() {
		var setup = reviews.credentialWithReviewers(2, BLIND_SINGLE);
		var submitted = reviews.submit(setup.credential(), data.teacher());
		ReviewId review = awaitClaim(setup.reviewers().get(0));
		jdbc.sql("update review set expires_at = now() - interval '1 minute' where id = ?").param(review.value()).update();
		reviews.expireClaims();

		assertThat(learning.attempt(submitted.attempt()).status()).isEqualTo(AttemptStatus.SUBMITTED);
		assertThatThrownBy(() -> assessment.submit(setup.reviewers().get(0), review, allAt("proficient"), Map.of(), "late"))
			.isInstanceOf(ConflictException.class)
			.satisfies(e -> assertThat(EnglishText.of(e)).contains("claim on this attempt expired"));
		awaitClaim(setup.reviewers().get(1));
	}

}
