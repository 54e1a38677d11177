package org.microcred.platform.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The metrics endpoint is for operators: a scraper with the configured bearer token, or a signed-in account with
 * the given authority. Metrics name no person, but they do show activity levels a stranger has no business with.
 */
public final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte[] token;

	private final String adminAuthority;

	public MetricsAccess(MetricsSettings settings, String adminAuthority) {
		this.token = settings.hasToken() ? ("Bearer " + settings.token().strip()).getBytes(StandardCharsets.UTF_8) : null;
		this.adminAuthority = adminAuthority;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String header = context.getRequest().getHeader("Authorization");
		if (token != null && header != null
				&& MessageDigest.isEqual(token, header.strip().getBytes(StandardCharsets.UTF_8))) {
			return new AuthorizationDecision(true);
		}
		Authentication who = authentication.get();
		boolean admin = who != null && who.isAuthenticated()
				&& who.getAuthorities().stream().anyMatch(a -> adminAuthority.equals(a.getAuthority()));
		return new AuthorizationDecision(admin);
	}

}
