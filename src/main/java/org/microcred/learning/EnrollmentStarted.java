package org.microcred.learning;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;

/** A teacher enrolled (or asked for recognition of prior learning). */
public record EnrollmentStarted(EnrollmentId enrollmentId, AccountId teacherId, CredentialId credentialId,
		VersionId versionId, boolean rpl, Instant at) {
}
