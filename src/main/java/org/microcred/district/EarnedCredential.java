package org.microcred.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.microcred.catalog.CredentialId;

/**
 * An approved credential a teacher holds (not revoked), valued as the district values it.
 *
 * @param issuedId the issued credential
 * @param publicUrl where anyone can verify it
 */
public record EarnedCredential(UUID issuedId, CredentialId credentialId, String title, LocalDate issuedOn,
		BigDecimal hours, BigDecimal ceus, boolean countsForSalary, String publicUrl) {

	/** The title as a page shows it (a {@link org.microcred.platform.Msg} when the credential was retired). */
	public Object label() {
		return org.microcred.district.internal.CredentialLabels.shown(title);
	}

}
