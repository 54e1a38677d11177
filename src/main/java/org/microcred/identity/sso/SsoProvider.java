package org.microcred.identity.sso;

import java.util.UUID;

/**
 * One OpenID Connect identity provider of an organization. The client secret stays sealed; only
 * {@link SsoProviderStore} and the registrations built from it open it.
 */
public record SsoProvider(UUID id, UUID organizationId, ProviderPreset preset, String label, String issuerUrl,
		String clientId, int version) {
}
