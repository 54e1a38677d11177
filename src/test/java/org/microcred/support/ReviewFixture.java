package org.microcred.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.organization.OrganizationId;
import org.microcred.review.PoolStatus;
import org.microcred.review.ReviewSettings;
import org.microcred.review.internal.PoolStore;
import org.microcred.support.Credentials.Published;
import org.springframework.boot.test.context.TestComponent;

/** A published credential with active reviewers, and teachers who submit to it. */
@TestComponent
public class ReviewFixture {

	private final Credentials credentials;

	private final TestData data;

	private final PoolStore pools;

	private final EnrollmentService enrollments;

	private final org.microcred.review.internal.ReviewHousekeeping housekeeping;

	public ReviewFixture(Credentials credentials, TestData data, PoolStore pools, EnrollmentService enrollments,
			org.microcred.review.internal.ReviewHousekeeping housekeeping) {
		this.housekeeping = housekeeping;
		this.credentials = credentials;
		this.data = data;
		this.pools = pools;
		this.enrollments = enrollments;
	}

	public record Setup(Published published, List<CurrentUser> reviewers) {

		public CredentialId credential() {
			return published.credential();
		}

		public OrganizationId issuer() {
			return published.issuer();
		}

	}

	public Setup credentialWithReviewers(int reviewers, ReviewSettings settings) {
		Published published = credentials.publish("Assessed");
		pools.saveSettings(published.issuer().value(), settings);
		List<CurrentUser> people = new ArrayList<>();
		for (int i = 0; i < reviewers; i++) {
			people.add(activeReviewer(published));
		}
		return new Setup(published, people);
	}

	public CurrentUser activeReviewer(Published published) {
		CurrentUser reviewer = data.admin(Role.REVIEWER, published.issuer());
		pools.add(published.credential().value(), reviewer.id().value(), published.issuer().value());
		pools.setStatus(published.credential().value(), reviewer.id().value(), PoolStatus.ACTIVE, null);
		return reviewer;
	}

	public void activeReviewerFor(Setup setup, CurrentUser reviewer) {
		pools.add(setup.credential().value(), reviewer.id().value(), setup.issuer().value());
		pools.setStatus(setup.credential().value(), reviewer.id().value(), PoolStatus.ACTIVE, null);
	}

	public void expireClaims() {
		housekeeping.expireClaims();
	}

	/** A teacher enrolls and submits text evidence for both parts of the fixture design. */
	public Submitted submit(CredentialId credential, CurrentUser teacher) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential, false);
		enrollments.saveText(teacher, enrollment, "plan", "My lesson plan with embedded checks for understanding.");
		enrollments.saveText(teacher, enrollment, "reflection", "What I learned from my students.");
		return new Submitted(enrollment, enrollments.submit(teacher, enrollment, UUID.randomUUID()));
	}

	public record Submitted(EnrollmentId enrollment, AttemptId attempt) {
	}

	public static Map<String, String> allAt(String level) {
		return Map.of("plan/goal", level, "plan/checks", level, "reflection/insight", level);
	}

	static AccountId id(CurrentUser user) {
		return user.id();
	}

}
