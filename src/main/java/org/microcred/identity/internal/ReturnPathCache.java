package org.microcred.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.microcred.platform.web.Requests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Remembers the page an anonymous visitor asked for before being sent to log in, so that log-in returns there. It
 * lives in a short-lived cookie rather than a session, so a visitor costs the server nothing; only a path of this
 * site is kept or followed, never another host.
 */
class ReturnPathCache implements RequestCache {

	static final String COOKIE = "MICROCRED_RETURN";

	private static final int MAX_LENGTH = 1000;

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getQueryString() != null) {
			path += "?" + request.getQueryString();
		}
		if (!"GET".equals(request.getMethod()) || Requests.isHtmx(request) || Requests.wantsJson(request)
				|| !isLocalPath(path)) {
			return;
		}
		write(request, response, Base64.getUrlEncoder().encodeToString(path.getBytes(StandardCharsets.UTF_8)),
				Duration.ofMinutes(30));
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null) {
			return null;
		}
		try {
			String path = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return isLocalPath(path) ? new SimpleSavedRequest(path) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Nothing is replayed: the page is simply opened again after log-in. */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (WebUtils.getCookie(request, COOKIE) != null) {
			write(request, response, "", Duration.ZERO);
		}
	}

	/** A path on this site: one leading slash, no second one or backslash that a browser would read as a host. */
	static boolean isLocalPath(String path) {
		return path.length() <= MAX_LENGTH && path.startsWith("/") && !path.startsWith("//")
				&& path.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7F);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration age) {
		String cookiePath = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value)
			.path(cookiePath)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(age)
			.build()
			.toString());
	}

}
