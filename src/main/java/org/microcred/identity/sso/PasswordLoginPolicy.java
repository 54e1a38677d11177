package org.microcred.identity.sso;

import java.util.List;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * Refuses a password log-in to a teacher of a district that turned password log-in off, after the password was
 * found right (like a deactivated account, so the answer tells a stranger nothing). The district's own
 * administrators and platform administrators keep their password, so a broken provider cannot lock everyone out.
 */
@Component
public class PasswordLoginPolicy implements UserDetailsChecker {

	/** The log-in page points such a person to "Sign in with your district". */
	public static final class SingleSignOnRequired extends AccountStatusException {

		SingleSignOnRequired() {
			super("This organization signs its teachers in through single sign-on");
		}

	}

	private final SsoProviderStore store;

	PasswordLoginPolicy(SsoProviderStore store) {
		this.store = store;
	}

	@Override
	public void check(UserDetails details) {
		if (!(details instanceof CurrentUser user) || user.isPlatformAdmin()) {
			return;
		}
		List<UUID> districts = user.organizationsWith(Role.TEACHER)
			.stream()
			.filter(district -> !user.hasRole(Role.DISTRICT_ADMIN, district))
			.toList();
		if (store.passwordLoginOffForAny(districts)) {
			throw new SingleSignOnRequired();
		}
	}

}
