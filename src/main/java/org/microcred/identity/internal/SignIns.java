package org.microcred.identity.internal;

import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Logs a person in without the log-in form, for a moment where they have just proven who they are (a new teacher
 * who followed the link mailed to their address and chose a password). As the form log-in does, a session that
 * existed before gets a new id, so an id learnt before the log-in is worth nothing.
 */
@Component
public class SignIns {

	private final AccountStore accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignIns(AccountStore accounts) {
		this.accounts = accounts;
	}

	/** Logs the account in for this browser; nothing happens when it may not log in. */
	public boolean signIn(AccountId account, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = accounts.loadUser(account.value()).filter(CurrentUser::isEnabled).orElse(null);
		if (user == null) {
			return false;
		}
		user.eraseCredentials();
		HttpSession before = request.getSession(false);
		if (before != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return true;
	}

}
