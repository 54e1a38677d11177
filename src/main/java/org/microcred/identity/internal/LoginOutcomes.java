package org.microcred.identity.internal;

import java.io.IOException;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.IdentitySettings;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts failed log-ins (locking the account after too many in a row) and clears the count on success. A
 * successful log-in goes back to the page that asked for it, or to the person's home.
 */
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final AccountStore accounts;

	private final IdentitySettings settings;

	private final LoginThrottle throttle;

	LoginOutcomes(AccountStore accounts, IdentitySettings settings, LoginThrottle throttle) {
		this.accounts = accounts;
		this.settings = settings;
		this.throttle = throttle;
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			accounts.recordSuccessfulLogin(user.id().value());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = "error";
		if (exception instanceof LockedException) {
			outcome = "locked";
		}
		else if (exception instanceof DisabledException) {
			outcome = "disabled";
		}
		else if (exception instanceof BadCredentialsException) {
			String email = request.getParameter("username");
			if (email != null && email.length() <= 254) {
				accounts.recordFailedLogin(email.strip(), settings.maxFailedLogins(), settings.lockDuration());
			}
			throttle.recordFailure(request);
		}
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}
