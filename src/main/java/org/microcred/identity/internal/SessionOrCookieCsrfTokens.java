package org.microcred.identity.internal;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps the CSRF token in the session when there is one, and otherwise in an HttpOnly cookie (the double-submit
 * pattern), so that showing a form to an anonymous visitor stores nothing on the server. A logged-in session never
 * falls back to the cookie: its token is the session's own, which a cookie planted from a neighbouring site cannot
 * replace. The page carries the token masked per response (BREACH), as before.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "MICROCRED_CSRF";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokens() {
		cookies.setCookieName(COOKIE);
		cookies.setHeaderName("X-CSRF-TOKEN"); // the session repository's name, which the pages give htmx
		cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return cookies.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			sessions.saveToken(null, request, response);
			cookies.saveToken(null, request, response);
		}
		else if (request.getSession(false) != null) {
			sessions.saveToken(token, request, response);
		}
		else {
			cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			CsrfToken token = sessions.loadToken(request);
			if (token != null || session.getAttribute(
					HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
				return token;
			}
		}
		return cookies.loadToken(request);
	}

}
