package org.microcred.badge;

import java.math.BigDecimal;
import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;

/**
 * An issued credential as pages and other modules see it.
 *
 * @param signed the signed Open Badges 3.0 JSON, exactly as issued
 * @param state ACTIVE, SUSPENDED or REVOKED
 */
public record IssuedCredential(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId,
		VersionId versionId, OrganizationId issuerId, boolean stack, String signed, BigDecimal pdHours, Instant issuedAt,
		Instant validUntil, String state, String stateReason, Instant stateChangedAt, boolean onPortfolio,
		IssuedCredentialId renewedBy) {

	public boolean expired() {
		return validUntil != null && validUntil.isBefore(Instant.now());
	}

	public boolean revoked() {
		return "REVOKED".equals(state);
	}

	public boolean suspended() {
		return "SUSPENDED".equals(state);
	}

	/** What a reader should know first: revoked, suspended, expired or valid. */
	public String standing() {
		if (revoked()) {
			return "Revoked";
		}
		if (suspended()) {
			return "Suspended";
		}
		return expired() ? "Expired" : "Valid";
	}

}
