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
 * @param signed the signed Open Badges 3.0 JSON, exactly as issued (or as last re-signed)
 * @param state ACTIVE, SUSPENDED or REVOKED
 * @param stateReason why it was suspended or revoked, as the teacher is told
 * @param publicReason what the public badge page says about it (null: nothing beyond "revoked"/"suspended")
 */
public record IssuedCredential(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId,
		VersionId versionId, OrganizationId issuerId, boolean stack, String signed, BigDecimal pdHours, Instant issuedAt,
		Instant validUntil, String state, String stateReason, String publicReason, Instant stateChangedAt,
		boolean onPortfolio, IssuedCredentialId renewedBy) {

	public boolean expired() {
		return validUntil != null && validUntil.isBefore(Instant.now());
	}

	public boolean revoked() {
		return "REVOKED".equals(state);
	}

	public boolean suspended() {
		return "SUSPENDED".equals(state);
	}

	/** Revoked and suspended credentials are not offered for sharing, download or the portfolio. */
	public boolean shareable() {
		return "ACTIVE".equals(state);
	}

	/** What a reader should know first: Revoked, Suspended, Expired or Valid (in English, for logs and tests). */
	public String standing() {
		if (revoked()) {
			return "Revoked";
		}
		if (suspended()) {
			return "Suspended";
		}
		return expired() ? "Expired" : "Valid";
	}

	/** The bundle key of {@link #standing()}, e.g. {@code badge.standing.revoked}. */
	public String standingKey() {
		return "badge.standing." + standing().toLowerCase(java.util.Locale.ROOT);
	}

}
