package org.microcred.integration.internal;

import java.io.IOException;
import java.util.OptionalLong;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API requests by their bearer token (401 when it is unknown, expired or its client revoked) and
 * applies the client's rate limit (429 with Retry-After). Requests without a token go on unauthenticated, and the
 * chain answers them 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final RateLimiter limiter;

	private final ApiProblemWriter problems;

	BearerTokenFilter(ApiTokens tokens, RateLimiter limiter, ApiProblemWriter problems) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var principal = tokens.authenticate(header.substring(7).strip());
		if (principal.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.write(response, 401, "integration.api.invalid-token");
			return;
		}
		OptionalLong wait = limiter.acquire(principal.get().clientId());
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.getAsLong())));
			problems.write(response, 429, "integration.api.rate-limited");
			return;
		}
		var authorities = principal.get().scopes().stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s.value())).toList();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, authorities);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
