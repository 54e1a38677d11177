package org.microcred.wallet.internal;

import org.microcred.platform.web.CrossOriginDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The wallet protocol's own filter chain: the metadata, token, nonce and credential endpoints are called by wallet
 * apps, not browsers with a session — stateless, no CSRF (nothing is authorized by a cookie), no log-in redirects;
 * the credential endpoint checks its bearer token itself ({@link WalletIssuance}).
 */
@Configuration
class WalletSecurityConfiguration {

	static final String[] PATHS = { "/.well-known/openid-credential-issuer", "/.well-known/oauth-authorization-server",
			"/oid4vci/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 21)
	SecurityFilterChain walletFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/** Browser-based wallets may read the metadata from any origin. */
	@Bean
	CrossOriginDocuments walletMetadataDocuments() {
		return new CrossOriginDocuments("/.well-known/openid-credential-issuer", "/.well-known/oauth-authorization-server");
	}

}
