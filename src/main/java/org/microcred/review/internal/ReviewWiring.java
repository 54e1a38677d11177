package org.microcred.review.internal;

import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptId;
import org.microcred.learning.AttemptReturned;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.EvidenceAccess;
import org.microcred.learning.EvidenceSubmitted;
import org.microcred.review.AssessmentService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How assessment connects to the rest: submitted evidence enters the queue, an attempt decided without it leaves it; reviewers assigned to an attempt and
 * the issuer's quality reviewers may open its evidence.
 */
@Configuration
class ReviewWiring {

	@Bean
	EvidenceAccess reviewerEvidenceAccess(JdbcClient jdbc) {
		return (CurrentUser viewer, AttemptId attempt) -> jdbc.sql("""
				select exists (select 1 from review where attempt_id = ? and reviewer_id = ? and status in ('CLAIMED', 'SUBMITTED'))
				    or exists (select 1 from review_item where attempt_id = ? and issuer_id = any(?))""")
			.params(attempt.value(), viewer.id().value(), attempt.value(),
					viewer.organizationsWith(Role.QUALITY_REVIEWER).toArray(UUID[]::new))
			.query(Boolean.class)
			.single();
	}

	@Component
	static class Listeners {

		private final AssessmentService assessment;

		Listeners(AssessmentService assessment) {
			this.assessment = assessment;
		}

		@ApplicationModuleListener
		void on(EvidenceSubmitted submitted) {
			assessment.enqueue(submitted);
		}

		@ApplicationModuleListener
		void on(EnrollmentPassed passed) {
			assessment.closeDecidedElsewhere(passed.attemptId().value(), true);
		}

		@ApplicationModuleListener
		void on(AttemptReturned returned) {
			assessment.closeDecidedElsewhere(returned.attemptId().value(), false);
		}

	}

}
