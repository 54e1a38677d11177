package org.microcred.badge;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/**
 * An issued credential was re-signed with its issuer's current key because the key that signed it was reported
 * compromised: same id, content and dates; copies downloaded before may no longer verify.
 */
public record CredentialReissued(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId, Instant at) {
}
