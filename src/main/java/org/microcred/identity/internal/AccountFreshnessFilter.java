package org.microcred.identity.internal;

import java.io.IOException;
import java.util.Optional;

import org.microcred.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Makes every logged-in request see the account as it is now. One primary-key lookup compares the account's
 * version with the one the session holds: when roles, activation, password or name changed, the session reloads
 * the account; when the account may no longer log in, the session ends. The version lives in the database, so a
 * change made on one instance holds on every other at once.
 */
class AccountFreshnessFilter extends OncePerRequestFilter {

	private static final String[] STATIC = { "/css/", "/js/", "/images/", "/webjars/", "/favicon.ico" };

	private final AccountStore accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountFreshnessFilter(AccountStore accounts) {
		this.accounts = accounts;
	}

	/** Without a session nobody is logged in; static files never look at who is. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : STATIC) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return request.getRequestedSessionId() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			Optional<Integer> version = accounts.activeVersion(user.id().value());
			if (version.isEmpty()) {
				end(request);
			}
			else if (version.get() != user.version()) {
				reload(user, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void reload(CurrentUser stale, HttpServletRequest request, HttpServletResponse response) {
		Optional<CurrentUser> fresh = accounts.loadUser(stale.id().value()).filter(CurrentUser::isEnabled);
		if (fresh.isEmpty()) {
			end(request);
			return;
		}
		CurrentUser user = fresh.get();
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

}
