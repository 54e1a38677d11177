package org.microcred.district.internal;

import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialReinstated;
import org.microcred.badge.CredentialRevoked;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.EnrollmentStarted;
import org.microcred.learning.EnrollmentWithdrawn;
import org.microcred.learning.EvidenceSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the district read model from the learning and badge modules' events. */
@Component
class ActivityListeners {

	private final FactStore facts;

	private final ReportStats stats;

	ActivityListeners(FactStore facts, ReportStats stats) {
		this.facts = facts;
		this.stats = stats;
	}

	@ApplicationModuleListener
	void on(EnrollmentStarted e) {
		facts.enrolled(e.enrollmentId().value(), e.teacherId().value(), e.credentialId().value(), e.rpl(), e.at());
		stats.touch(e.teacherId().value());
	}

	@ApplicationModuleListener
	void on(EvidenceSubmitted e) {
		facts.submitted(e.enrollmentId().value(), e.teacherId().value(), e.credentialId().value(), e.rpl(),
				e.attemptNumber(), e.submittedAt());
		stats.touch(e.teacherId().value());
	}

	@ApplicationModuleListener
	void on(EnrollmentPassed e) {
		facts.passed(e.enrollmentId().value(), e.teacherId().value(), e.credentialId().value(), e.rpl(), e.attempts(),
				e.enrolledAt(), e.passedAt());
		stats.touch(e.teacherId().value());
	}

	@ApplicationModuleListener
	void on(EnrollmentWithdrawn e) {
		facts.withdrawn(e.enrollmentId().value(), e.teacherId().value(), e.credentialId().value(), e.at());
		stats.touch(e.teacherId().value());
	}

	@ApplicationModuleListener
	void on(CredentialIssued e) {
		facts.issued(e.id().value(), e.teacherId().value(), e.credentialId().value(), e.stack(), e.pdHours(),
				e.issuedAt(), e.publicUrl());
		stats.touch(e.teacherId().value());
	}

	@ApplicationModuleListener
	void on(CredentialRevoked e) {
		facts.revoked(e.id().value(), e.at());
		stats.touch(e.teacherId().value());
	}

	@ApplicationModuleListener
	void on(CredentialReinstated e) {
		facts.reinstated(e.id().value());
		stats.touch(e.teacherId().value());
	}

}
