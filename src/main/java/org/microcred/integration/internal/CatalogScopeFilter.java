package org.microcred.integration.internal;

import java.io.IOException;
import java.util.OptionalLong;

import org.microcred.integration.ApiScope;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The catalog API is public; an API client calling it with a bearer token needs the scope {@code catalog:read}
 * (403 naming it otherwise), and its calls count against its rate limit. An unknown or expired token is refused (401)
 * rather than quietly read as anonymous, so a client learns its token is wrong.
 */
class CatalogScopeFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final RateLimiter limiter;

	private final ApiProblemWriter problems;

	CatalogScopeFilter(ApiTokens tokens, RateLimiter limiter, ApiProblemWriter problems) {
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
		if (!principal.get().scopes().contains(ApiScope.CATALOG_READ)) {
			problems.missingScope(response, ApiScope.CATALOG_READ.value());
			return;
		}
		OptionalLong wait = limiter.acquire(principal.get().clientId());
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.getAsLong())));
			problems.write(response, 429, "integration.api.rate-limited");
			return;
		}
		chain.doFilter(request, response);
	}

}
