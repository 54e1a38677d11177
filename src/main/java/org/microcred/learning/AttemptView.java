package org.microcred.learning;

import java.time.Instant;

/** A submitted attempt, with its decision and feedback once decided. */
public record AttemptView(AttemptId id, EnrollmentId enrollmentId, int number, boolean rpl, AttemptStatus status,
		Instant submittedAt, Instant dueAt, Instant decidedAt, Feedback feedback,
		PriorLearningVerifier.Result priorCredential) {
}
