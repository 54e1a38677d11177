package org.microcred.learning;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;

/** An attempt was submitted and waits for review. */
public record EvidenceSubmitted(AttemptId attemptId, EnrollmentId enrollmentId, AccountId teacherId,
		CredentialId credentialId, VersionId versionId, int attemptNumber, boolean rpl, Instant submittedAt,
		Instant dueAt) {
}
