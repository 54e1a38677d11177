package org.microcred.integration;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API client as its organization's administrators see it (never its secret). */
public record ApiClientView(UUID id, UUID organizationId, String name, Set<ApiScope> scopes, Instant createdAt,
		Instant lastUsedAt, boolean revoked) {

	public ApiClientView {
		scopes = Set.copyOf(scopes);
	}

}
