package org.microcred.catalog;

import java.util.Set;

import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;

/**
 * A design moved through quality review: submitted by its authors, returned to them with a comment, or approved
 * and published.
 *
 * @param authors everyone who worked on the version
 * @param actor who took the step
 * @param comment the quality reviewer's comment (required on return), or null
 */
public record QualityReviewStep(Step step, VersionId versionId, CredentialId credentialId, OrganizationId issuerId,
		String title, Set<AccountId> authors, AccountId actor, String comment) {

	public enum Step {

		SUBMITTED, RETURNED, APPROVED

	}

}
