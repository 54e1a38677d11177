package org.microcred.learning;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/** A teacher withdrew from a credential. */
public record EnrollmentWithdrawn(EnrollmentId enrollmentId, AccountId teacherId, CredentialId credentialId,
		Instant at) {
}
