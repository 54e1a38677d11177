package org.microcred.review;

import java.util.List;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/** Work waits in the queue of these reviewers. */
public record ReviewWaiting(CredentialId credentialId, String credentialTitle, List<AccountId> reviewers, int waiting) {
}
