package org.microcred.badge;

import java.util.List;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;

/**
 * Credentials of one design were issued together in a bulk award (up to a thousand per event; a batch publishes
 * as many events as it needs). Each also has its own {@link CredentialIssued}, marked {@code bulk}: the recipients
 * are notified from this event, together.
 */
public record CredentialsAwarded(CredentialId credentialId, List<Recipient> recipients) {

	/** One recipient and the credential they got. */
	public record Recipient(IssuedCredentialId id, AccountId teacherId) {
	}

	public CredentialsAwarded {
		recipients = List.copyOf(recipients);
	}

}
