package org.microcred.learning;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/** An attempt was returned with feedback; the teacher may revise and resubmit. */
public record AttemptReturned(AttemptId attemptId, EnrollmentId enrollmentId, AccountId teacherId,
		CredentialId credentialId, int attemptNumber, Instant at) {
}
