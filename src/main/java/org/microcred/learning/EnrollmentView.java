package org.microcred.learning;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;

/**
 * An enrollment as the teacher and other modules see it.
 *
 * @param language the tag of the design's language version the teacher works in (their language when enrolling,
 * if the design has it); null for the design's primary language
 */
public record EnrollmentView(EnrollmentId id, AccountId teacherId, CredentialId credentialId, VersionId versionId,
		boolean rpl, EnrollmentStatus status, String notes, Instant privacyAcknowledgedAt, Instant enrolledAt,
		Instant updatedAt, Instant passedAt, int version, String language) {
}
