package org.microcred.identity.internal;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When a session expires, a page fragment requested by htmx must not be replaced by the log-in page: tell htmx to
 * send the whole window there instead.
 */
class HtmxEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) {
		response.setHeader("HX-Redirect", request.getContextPath() + "/login");
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
