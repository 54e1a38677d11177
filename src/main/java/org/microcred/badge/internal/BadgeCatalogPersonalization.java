package org.microcred.badge.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.catalog.CatalogPersonalization;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * Tells the catalog what was earned from the credentials actually issued: a pathway counts its own (stack)
 * credentials, and a revoked credential counts for nobody.
 */
@Component
class BadgeCatalogPersonalization implements CatalogPersonalization {

	private final BadgeService badges;

	BadgeCatalogPersonalization(BadgeService badges) {
		this.badges = badges;
	}

	@Override
	public Set<CredentialId> earnedBy(AccountId viewer) {
		return badges.ofTeacher(viewer)
			.stream()
			.filter(c -> !c.revoked())
			.map(IssuedCredential::credentialId)
			.collect(Collectors.toSet());
	}

	@Override
	public Map<CredentialId, Long> earnedCounts(Set<CredentialId> credentials) {
		return credentials.stream().collect(Collectors.toMap(Function.identity(), badges::countFor));
	}

}
