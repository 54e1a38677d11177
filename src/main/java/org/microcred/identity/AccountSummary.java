package org.microcred.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What other modules may know about an account.
 *
 * @param recipientId the person's own DID or URL, shown in their credentials when set
 */
public record AccountSummary(AccountId id, String email, String displayName, boolean enabled, Set<RoleGrant> grants,
		String recipientId, Instant createdAt) {

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

}
