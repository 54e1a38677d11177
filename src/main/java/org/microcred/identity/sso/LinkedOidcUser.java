package org.microcred.identity.sso;

import java.io.Serial;

import org.microcred.identity.AccountId;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's user once matched to a Microcred account; lives only until the log-in swaps it for the account. */
class LinkedOidcUser extends DefaultOidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId account;

	LinkedOidcUser(OidcUser user, AccountId account) {
		super(user.getAuthorities(), user.getIdToken(), user.getUserInfo(), "sub");
		this.account = account;
	}

	AccountId account() {
		return account;
	}

}
