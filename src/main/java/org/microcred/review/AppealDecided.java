package org.microcred.review;

import org.microcred.identity.AccountId;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;

/** The outcome of a teacher's appeal (final). */
public record AppealDecided(AttemptId attemptId, EnrollmentId enrollmentId, AccountId teacherId, boolean upheld) {
}
