package org.microcred.catalog;

import java.util.Map;
import java.util.Set;

import org.microcred.identity.AccountId;

/**
 * What other modules tell the catalog about a viewer and about credentials: which credentials the viewer's
 * district approved (and which it pays for), which the viewer earned or is working on, and how many people earned each. The district,
 * badge and learning modules implement it; the catalog merges every implementation it finds.
 */
public interface CatalogPersonalization {

	/** Credentials approved by the viewer's district(s). */
	default Set<CredentialId> approvedFor(AccountId viewer) {
		return Set.of();
	}

	/** Paid credentials whose cost the viewer's district pays (the viewer pays nothing). */
	default Set<CredentialId> paidFor(AccountId viewer) {
		return Set.of();
	}

	/** Credentials the viewer has earned. */
	default Set<CredentialId> earnedBy(AccountId viewer) {
		return Set.of();
	}

	/** Where the viewer stands with the credentials they are working on (enrolled, submitted, returned). */
	default Map<CredentialId, LearnerStatus> statusOf(AccountId viewer) {
		return Map.of();
	}

	/** How many people earned each of the given credentials. */
	default Map<CredentialId, Long> earnedCounts(Set<CredentialId> credentials) {
		return Map.of();
	}

}
