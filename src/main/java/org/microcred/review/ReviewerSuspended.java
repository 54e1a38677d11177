package org.microcred.review;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;

/** A reviewer's agreement fell below the threshold: off live reviews of the credential until recalibrated. */
public record ReviewerSuspended(AccountId reviewerId, CredentialId credentialId, OrganizationId issuerId,
		String agreement) {
}
