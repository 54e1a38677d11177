package org.microcred.identity.sso;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An organization's log-in rules.
 *
 * @param emailDomains domains that find the organization's providers and, when {@code createAccounts}, whose people
 *                     get a teacher account at their first sign-in
 * @param passwordLogin false: the organization's teachers must use single sign-on
 */
public record SsoPolicy(UUID organizationId, List<String> emailDomains, boolean createAccounts,
		boolean passwordLogin) {

	public static SsoPolicy defaults(UUID organizationId) {
		return new SsoPolicy(organizationId, List.of(), false, true);
	}

	public boolean allowsDomainOf(String email) {
		return emailDomains.contains(domainOf(email));
	}

	public static String domainOf(String email) {
		int at = email == null ? -1 : email.lastIndexOf('@');
		return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
	}

}
