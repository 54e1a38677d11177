package org.microcred.learning;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;

/**
 * A teacher demonstrated the competency: the credential is earned and its badge can be issued. Published exactly
 * once per enrollment.
 */
public record EnrollmentPassed(EnrollmentId enrollmentId, AttemptId attemptId, AccountId teacherId,
		CredentialId credentialId, VersionId versionId, int attempts, boolean rpl, Instant enrolledAt,
		Instant passedAt) {
}
