package org.microcred.identity.internal;

import java.util.List;

import org.microcred.identity.Role;
import org.microcred.identity.sso.PasswordLoginPolicy;
import org.microcred.platform.ops.MetricsAccess;
import org.microcred.platform.ops.MetricsSettings;
import org.microcred.platform.web.PublicRoutes;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Web security: form log-in, CSRF on every form, session fixation protection, strict security headers,
 * throttled log-in, sessions that follow their account, problem details for the API. Anonymous visitors cost no
 * session (CSRF token and return path live in cookies). Pages declare themselves public through
 * {@link PublicRoutes}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self' https://www.linkedin.com; frame-ancestors 'none'";

	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	@Bean
	PublicRoutes identityPublicRoutes() {
		return new PublicRoutes("/", "/login", "/signup", "/signup/**", "/password/**", "/invitations/**", "/css/**",
				"/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
				"/actuator/health/**");
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicRoutes> publicRoutes,
			LoginOutcomes outcomes, LoginThrottle throttle, ReturnPathCache returnPaths, AccountStore accounts,
			MetricsSettings metricsSettings, MessageSource messages) throws Exception {
		String[] open = publicRoutes.stream().flatMap(r -> r.patterns().stream()).distinct().toArray(String[]::new);
		var api = PathPatternRequestMatcher.pathPattern("/api/**");
		var metrics = new MetricsAccess(metricsSettings, Role.PLATFORM_ADMIN.authority());
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/prometheus")
			.access(metrics)
			.requestMatchers(open)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(api).csrfTokenRepository(new SessionOrCookieCsrfTokens()))
			.requestCache(cache -> cache.requestCache(returnPaths))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(messages), api)
				.defaultAuthenticationEntryPointFor(new HtmxEntryPoint(),
						request -> "true".equals(request.getHeader("HX-Request"))))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
				.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)))
			.addFilterAfter(new AccountFreshnessFilter(accounts), CsrfFilter.class)
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** The throttle runs inside the security chain only, not a second time as a plain servlet filter. */
	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Password log-in. An account without a password (imported, not yet set up) is treated as unknown, and whether
	 * an account is deactivated, or must use its district's single sign-on, is said only to someone who typed its
	 * correct password: otherwise the answer would tell strangers which addresses have accounts. Locks are checked
	 * before, by {@link LoginThrottle}.
	 */
	@Bean
	DaoAuthenticationProvider passwordAuthentication(AccountStore accounts, PasswordEncoder passwords,
			PasswordLoginPolicy passwordLoginPolicy) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(email -> accounts
			.loadForLogin(email == null ? "" : email.strip())
			.filter(user -> user.getPassword() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account")));
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
		});
		AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
		provider.setPostAuthenticationChecks(user -> {
			status.check(user);
			passwordLoginPolicy.check(user);
		});
		return provider;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id; the delegating encoder keeps old hashes verifiable if the default ever changes
		return new DelegatingPasswordEncoder("argon2",
				java.util.Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	ReturnPathCache returnPaths() {
		return new ReturnPathCache();
	}

	@Bean
	LoginOutcomes loginOutcomes(LoginLocks locks, LoginThrottle throttle, ReturnPathCache returnPaths) {
		return new LoginOutcomes(locks, throttle, returnPaths);
	}

}
