package org.microcred.review;

import org.microcred.catalog.CredentialId;
import org.microcred.organization.OrganizationId;

/**
 * Submissions to a credential are waiting and nobody in its reviewer pool is active to review them (the pool is
 * empty, still calibrating or suspended): the issuer's administrators must act or the work waits for ever.
 *
 * @param waiting how many attempts wait for a decision
 */
public record PoolUnstaffed(CredentialId credentialId, OrganizationId issuerId, String credentialTitle, long waiting) {
}
