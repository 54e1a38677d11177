package org.microcred.identity.sso;

import java.io.IOException;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A sign-in started for a provider that was removed, never existed or whose discovery document cannot be read ends
 * on the refusal page that says so; Spring Security itself would answer such a request with a bare error 500.
 */
class UnavailableProviders extends OncePerRequestFilter {

	private static final String START = "/oauth2/authorization/";

	private final ClientRegistrationRepository registrations;

	UnavailableProviders(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + START);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getRequestURI().substring(request.getContextPath().length() + START.length());
		if (registrations.findByRegistrationId(id) == null) {
			response.sendRedirect(request.getContextPath() + "/login/sso/refused?reason="
					+ SsoRefusal.PROVIDER_UNAVAILABLE.code());
			return;
		}
		chain.doFilter(request, response);
	}

}
