package org.microcred.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What other modules may know about an account.
 *
 * @param recipientId the person's own DID or URL, shown in their credentials when set
 * @param language the interface language the person chose (a language tag), or null: mail to them then uses the
 * installation's default language
 * @param timeZone the time zone the person chose, or null
 */
public record AccountSummary(AccountId id, String email, String displayName, boolean enabled, Set<RoleGrant> grants,
		String recipientId, Instant createdAt, String language, String timeZone) {

	/** The language to write to this person in (e-mails, PDFs): theirs, else English. */
	public Locale locale() {
		return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
	}

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

}
