package org.microcred.integration.internal;

import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.integration.ApiScope;

/**
 * An API client authenticated by a bearer token. It acts with the organization-scoped administrator roles that the
 * person who created it still holds in its organization (so a client can never do more than its creator).
 */
public record ApiPrincipal(UUID clientId, UUID organizationId, String clientName, Set<ApiScope> scopes,
		CurrentUser actingAs) {

	public ApiPrincipal {
		scopes = Set.copyOf(scopes);
	}

	/** Throws {@link MissingScopeException} (403 naming the scope) unless the token carries the scope. */
	public void require(ApiScope scope) {
		if (!scopes.contains(scope)) {
			throw new MissingScopeException(scope);
		}
	}

}
