package org.microcred.identity.internal;

import java.io.IOException;

import org.microcred.identity.sso.PasswordLoginPolicy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts failed log-ins per e-mail address typed (whether or not an account has it) and per network address, and
 * starts the count again on success. A successful log-in goes back to the page that asked for it, or to the
 * person's home.
 */
class LoginOutcomes extends SimpleUrlAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final LoginLocks locks;

	private final LoginThrottle throttle;

	private final RequestCache returnPaths;

	LoginOutcomes(LoginLocks locks, LoginThrottle throttle, RequestCache returnPaths) {
		this.locks = locks;
		this.throttle = throttle;
		this.returnPaths = returnPaths;
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		locks.clear(authentication.getName());
		SavedRequest asked = returnPaths.getRequest(request, response);
		returnPaths.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response,
				asked == null ? determineTargetUrl(request, response) : asked.getRedirectUrl());
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = "error";
		if (exception instanceof DisabledException) {
			outcome = "disabled";
		}
		else if (exception instanceof PasswordLoginPolicy.SingleSignOnRequired) {
			outcome = "sso";
		}
		else if (exception instanceof BadCredentialsException) {
			String email = request.getParameter("username");
			if (email != null && email.length() <= 254) {
				locks.recordFailure(email);
			}
			if (throttle.recordFailure(request)) {
				outcome = "error&slowed";
			}
		}
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}
