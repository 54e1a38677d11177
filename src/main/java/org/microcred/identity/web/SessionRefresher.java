package org.microcred.identity.web;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Puts the account's current name and roles into the logged-in session after they changed. */
@Component
class SessionRefresher {

	private final AccountService accounts;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionRefresher(AccountService accounts) {
		this.accounts = accounts;
	}

	void refresh(AccountId id) {
		accounts.reload(id).ifPresent(user -> {
			user.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					&& attributes.getResponse() != null) {
				repository.saveContext(context, attributes.getRequest(), attributes.getResponse());
			}
		});
	}

}
