package org.microcred.badge;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/** An issued credential was revoked (or suspended) by its issuer. */
public record CredentialRevoked(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId,
		boolean suspended, String reason, Instant at) {
}
