package org.microcred.integration.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The token-authenticated API's own filter chain, apart from the log-in chain of the pages: the token endpoint and
 * the API paths that only API clients call. Stateless (no session, no CSRF: a bearer token is not sent by a browser
 * on its own), problems instead of log-in redirects.
 */
@Configuration
class ApiSecurityConfiguration {

	static final String[] API_CLIENT_PATHS = { "/oauth2/token", "/api/v1/issuers/**", "/api/v1/credentials/**",
			"/api/v1/districts/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiTokens tokens, RateLimiter limiter,
			MessageSource messages) throws Exception {
		ApiProblemWriter problems = new ApiProblemWriter(messages);
		http.securityMatcher(API_CLIENT_PATHS)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/oauth2/token").permitAll().anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				problems.write(response, 401, "integration.api.token-required");
			}).accessDeniedHandler((request, response, e) -> problems.write(response, 403, "integration.api.forbidden")))
			.addFilterBefore(new BearerTokenFilter(tokens, limiter, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<CatalogScopeFilter> catalogScopeFilter(ApiTokens tokens,
			RateLimiter limiter, MessageSource messages) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
				new CatalogScopeFilter(tokens, limiter, new ApiProblemWriter(messages)));
		registration.addUrlPatterns("/api/v1/catalog", "/api/v1/catalog/*");
		return registration;
	}

}
