package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.support.ReviewFixture.allAt;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.review.internal.PoolStore;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

class CalibrationIntegrationTests extends IntegrationTest {

	@Autowired
	CalibrationService calibration;

	@Autowired
	ReviewAdminService admin;

	@Autowired
	AssessmentService assessment;

	@Autowired
	PoolStore pools;

	@Test
	void aReviewerTakesLiveReviewsOnlyAfterPassingCalibration() {
		var setup = reviews.credentialWithReviewers(0,
				new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		UUID anchorA = calibration.addAnchor(setup.published().admin(), setup.credential(), "Strong plan",
				"A plan with clear checks.", Map.of("plan/goal", "exemplary", "plan/checks", "proficient", "reflection/insight", "proficient"));
		UUID anchorB = calibration.addAnchor(setup.published().admin(), setup.credential(), "Weak plan",
				"A plan without checks.", Map.of("plan/goal", "developing", "plan/checks", "not-yet", "reflection/insight", "developing"));
		CurrentUser reviewer = data.admin(Role.REVIEWER, setup.issuer());
		admin.addReviewer(setup.published().admin(), setup.credential(), reviewer.id());
		reviews.submit(setup.credential(), data.teacher());

		assertThat(pools.member(setup.credential().value(), reviewer.id().value()).orElseThrow().status())
			.isEqualTo(PoolStatus.CALIBRATING);
		Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> assessment.claimNext(reviewer, null).isEmpty());

		var wrong = calibration.calibrate(reviewer, setup.credential(), Map.of(anchorA, allAt("developing"), anchorB, allAt("exemplary")));
		assertThat(wrong.passed()).isFalse();
		assertThat(pools.member(setup.credential().value(), reviewer.id().value()).orElseThrow().status())
			.isEqualTo(PoolStatus.CALIBRATING);

		Map<UUID, Map<String, String>> agreed = new HashMap<>();
		calibration.anchors(setup.credential()).forEach(a -> agreed.put(a.id(), a.scores()));
		var right = calibration.calibrate(reviewer, setup.credential(), agreed);
		assertThat(right.passed()).isTrue();
		assertThat(right.agreement().kappa()).isEqualTo(1.0);
		assertThat(pools.member(setup.credential().value(), reviewer.id().value()).orElseThrow().status())
			.isEqualTo(PoolStatus.ACTIVE);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> assessment.claimNext(reviewer, null).isPresent());
	}

	@Test
	void reviewersWhoKeepDisagreeingAreTakenOffLiveReviews() {
		var setup = reviews.credentialWithReviewers(2, new ReviewSettings(true, BigDecimal.ONE, new BigDecimal("0.8"), 48, 30));
		CurrentUser strict = setup.reviewers().get(0);
		CurrentUser lenient = setup.reviewers().get(1);
		for (int i = 0; i < 4; i++) {
			reviews.submit(setup.credential(), data.teacher());
			Optional<ReviewId>[] claims = new Optional[2];
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> (claims[0] = assessment.claimNext(strict, null)).isPresent());
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> (claims[1] = assessment.claimNext(lenient, null)).isPresent());
			assessment.submit(strict, claims[0].get(), allAt("proficient"), Map.of(), "Meets the rubric.");
			assessment.submit(lenient, claims[1].get(), allAt("exemplary"), Map.of(), "Exceeds the rubric.");
		}
		assertThat(pools.member(setup.credential().value(), strict.id().value()).orElseThrow().status())
			.isEqualTo(PoolStatus.SUSPENDED);
		// never the same level: the worst agreement there is
		assertThat(admin.pools(setup.published().admin(), setup.issuer()).get(0).agreement().kappa())
			.isCloseTo(-1.0, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(admin.pools(setup.published().admin(), setup.issuer()).get(0).agreement().exact()).isZero();
	}

	@Test
	void theIssuerAdminSeesTheAnchorsPageWithTheAgreedLevels() {
		var setup = reviews.credentialWithReviewers(0, new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		calibration.addAnchor(setup.published().admin(), setup.credential(), "Strong plan", "A plan with **clear** checks.",
				Map.of("plan/goal", "exemplary", "plan/checks", "proficient", "reflection/insight", "proficient"));
		var admin = browserSession().logIn(setup.published().admin().email(), TestData.PASSWORD);

		var page = admin.get("/manage/issuers/" + setup.issuer().value() + "/reviews/anchors/" + setup.credential().value());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Strong plan").contains("<strong>clear</strong>")
			.contains("Clear goal: Exemplary").contains("Embedded checks: Proficient").contains("Add an anchor");
	}

	@Test
	void onlyReviewersInTheCredentialsPoolSeeItsAnchors() {
		var setup = reviews.credentialWithReviewers(1, new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		calibration.addAnchor(setup.published().admin(), setup.credential(), "Secret anchor", "The agreed evidence.",
				Map.of("plan/goal", "exemplary", "plan/checks", "proficient", "reflection/insight", "proficient"));
		String exercise = "/reviewer/calibration/" + setup.credential().value();
		CurrentUser outsider = data.admin(Role.REVIEWER, data.issuer());
		var theirs = browserSession().logIn(outsider.email(), TestData.PASSWORD);

		var page = theirs.get(exercise);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Secret anchor").doesNotContain("The agreed evidence");
		assertThat(theirs.post("/reviewer", exercise, Map.of()).statusCode()).isEqualTo(404);

		var member = browserSession().logIn(setup.reviewers().get(0).email(), TestData.PASSWORD).get(exercise);
		assertThat(member.statusCode()).isEqualTo(200);
		assertThat(member.body()).contains("Secret anchor").contains("The agreed evidence");
	}

}
