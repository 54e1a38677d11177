package org.microcred.identity.sso;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.identity.sso.DiscoveryDocuments.Discovery;
import org.microcred.identity.sso.DiscoveryDocuments.DiscoveryException;
import org.microcred.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * Spring Security's client registrations, one per identity provider row (the registration id is the provider's
 * id). A registration is built from the provider's discovery document and kept for
 * {@link SsoSettings#discoveryTtl()}; the row itself is read each time (one primary-key lookup), so an edited or
 * removed provider takes effect at once on every instance.
 */
@Component
class DatabaseClientRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(DatabaseClientRegistrations.class);

	private record Cached(int version, ClientRegistration registration, Instant readAt) {
	}

	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	private final SsoProviderStore store;

	private final DiscoveryDocuments discovery;

	private final SecretBox secrets;

	private final SsoSettings settings;

	private final Clock clock = Clock.systemUTC();

	DatabaseClientRegistrations(SsoProviderStore store, DiscoveryDocuments discovery, SecretBox secrets,
			SsoSettings settings) {
		this.store = store;
		this.discovery = discovery;
		this.secrets = secrets;
		this.settings = settings;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		UUID id;
		try {
			id = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		Optional<SsoProvider> provider = store.find(id);
		if (provider.isEmpty()) {
			cache.remove(id);
			return null;
		}
		Cached cached = cache.get(id);
		Instant now = clock.instant();
		if (cached != null && cached.version() == provider.get().version()
				&& cached.readAt().plus(settings.discoveryTtl()).isAfter(now)) {
			return cached.registration();
		}
		try {
			ClientRegistration registration = build(provider.get(), discovery.read(provider.get().issuerUrl()));
			cache.put(id, new Cached(provider.get().version(), registration, now));
			return registration;
		}
		catch (DiscoveryException ex) {
			log.warn("Identity provider {} ({}) cannot be used: {}", id, provider.get().issuerUrl(), ex.getMessage());
			return null;
		}
	}

	private ClientRegistration build(SsoProvider provider, Discovery document) {
		byte[] sealed = store.sealedSecret(provider.id()).orElseThrow();
		String secret = new String(secrets.decrypt(sealed), StandardCharsets.UTF_8);
		ClientAuthenticationMethod method = document.tokenAuthMethods().isEmpty()
				|| document.tokenAuthMethods().contains("client_secret_basic") ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
						: ClientAuthenticationMethod.CLIENT_SECRET_POST;
		return ClientRegistration.withRegistrationId(provider.id().toString())
			.clientId(provider.clientId())
			.clientSecret(secret)
			.clientAuthenticationMethod(method)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "email", "profile")
			.authorizationUri(document.authorizationEndpoint())
			.tokenUri(document.tokenEndpoint())
			.jwkSetUri(document.jwksUri())
			.userInfoUri(document.userinfoEndpoint())
			.userNameAttributeName("sub")
			.issuerUri(document.issuer())
			.clientName(provider.label())
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

}
