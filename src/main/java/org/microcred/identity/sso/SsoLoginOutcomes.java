package org.microcred.identity.sso;

import java.io.IOException;

import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After a sign-in through an identity provider, the session holds the very same principal as after a password
 * log-in ({@link CurrentUser} in a username-password token), so every page, role check and the sessions that follow
 * their account work alike. A refused sign-in ends on a page that says why, and no session is logged in.
 */
class SsoLoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SsoLoginOutcomes.class);

	private final AccountService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SsoLoginOutcomes(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		CurrentUser user = authentication.getPrincipal() instanceof LinkedOidcUser linked
				? accounts.reload(linked.account()).filter(CurrentUser::isEnabled).orElse(null) : null;
		if (user == null) {
			refuse(request, response, SsoRefusal.DISABLED);
			return;
		}
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		String provider = authentication instanceof OAuth2AuthenticationToken token
				? token.getAuthorizedClientRegistrationId() : "?";
		log.info("Account {} signed in through identity provider {}", user.id(), provider);
		response.sendRedirect(request.getContextPath() + "/home");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		SsoRefusal refusal = exception instanceof OAuth2AuthenticationException oauth ? SsoRefusal.of(oauth)
				: SsoRefusal.OTHER;
		log.info("Single sign-on refused ({}): {}", refusal.code(), exception.getMessage());
		refuse(request, response, refusal);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, SsoRefusal refusal)
			throws IOException {
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		response.sendRedirect(request.getContextPath() + "/login/sso/refused?reason=" + refusal.code());
	}

}
