package org.microcred.identity.sso;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.identity.AccountService;
import org.microcred.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Single sign-on with OpenID Connect, in its own filter chain that only answers
 * {@code /oauth2/authorization/{provider}} (off to the provider, with PKCE and a nonce) and
 * {@code /login/oauth2/code/{provider}} (back, the ID token's signature, issuer, audience, expiry and nonce checked
 * by Spring Security). Everything else stays with the main chain.
 */
@Configuration
class SsoSecurityConfiguration {

	@Bean
	PublicRoutes ssoPublicRoutes() {
		return new PublicRoutes("/login/sso", "/login/sso/**");
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain singleSignOnFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
			SsoAccounts accounts, AccountService accountService) throws Exception {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		var outcomes = new SsoLoginOutcomes(accountService);
		http.securityMatcher("/oauth2/authorization/*", "/login/oauth2/code/*")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.oauth2Login(login -> login.loginPage("/login")
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
				.authorizedClientRepository(new NoAuthorizedClients())
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(linkedUsers(accounts)))
				.successHandler(outcomes)
				.failureHandler(outcomes))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new UnavailableProviders(registrations), OAuth2AuthorizationRequestRedirectFilter.class);
		return http.build();
	}

	/** The provider's user, matched to a Microcred account (or refused) before the log-in succeeds. */
	private static OAuth2UserService<OidcUserRequest, OidcUser> linkedUsers(SsoAccounts accounts) {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser user = standard.loadUser(request);
			UUID provider = UUID.fromString(request.getClientRegistration().getRegistrationId());
			return new LinkedOidcUser(user, accounts.resolve(provider, user));
		};
	}

	/**
	 * ID token decoders per provider, client id and key set: a provider whose client id changes gets a decoder that
	 * checks the new audience (Spring's default keeps one decoder per registration id for ever).
	 */
	@Bean
	JwtDecoderFactory<ClientRegistration> idTokenDecoders() {
		Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
		return registration -> decoders.computeIfAbsent(registration.getRegistrationId() + " "
				+ registration.getClientId() + " " + registration.getProviderDetails().getJwkSetUri(),
				key -> new OidcIdTokenDecoderFactory().createDecoder(registration));
	}

	/**
	 * Microcred never calls the provider's APIs after the sign-in, so access tokens are not kept anywhere.
	 */
	static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends org.springframework.security.oauth2.client.OAuth2AuthorizedClient> T loadAuthorizedClient(
				String registrationId, org.springframework.security.core.Authentication principal,
				jakarta.servlet.http.HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(org.springframework.security.oauth2.client.OAuth2AuthorizedClient client,
				org.springframework.security.core.Authentication principal, jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String registrationId,
				org.springframework.security.core.Authentication principal, jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response) {
		}

	}

}
