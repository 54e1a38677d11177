package org.microcred.badge;

import java.time.Instant;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;

/**
 * A signed Open Badges 3.0 credential was issued to a teacher.
 *
 * @param stack whether it is a stack (pathway) credential
 * @param pdHours the PD hours it carries ({@code creditsEarned})
 * @param publicUrl where anyone can see and verify it
 * @param validUntil when it expires, or null
 * @param bulk whether it was issued in a bulk award, whose recipients are notified together (see
 *        {@link CredentialsAwarded})
 */
public record CredentialIssued(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId,
		VersionId versionId, OrganizationId issuerId, boolean stack, java.math.BigDecimal pdHours, Instant issuedAt,
		Instant validUntil, String publicUrl, boolean bulk) {

	/** A credential issued on its own (a passed enrollment, a stack, a renewal). */
	public CredentialIssued(IssuedCredentialId id, AccountId teacherId, CredentialId credentialId, VersionId versionId,
			OrganizationId issuerId, boolean stack, java.math.BigDecimal pdHours, Instant issuedAt, Instant validUntil,
			String publicUrl) {
		this(id, teacherId, credentialId, versionId, issuerId, stack, pdHours, issuedAt, validUntil, publicUrl, false);
	}

}
