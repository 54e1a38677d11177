package org.microcred.badge;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/** A suspended credential was reinstated by its issuer: it is valid again. */
public record CredentialReinstated(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId, Instant at) {
}
