package org.microcred.integration.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.microcred.identity.AccountId;
import org.microcred.identity.BulkAccountService;
import org.microcred.identity.EmailAddresses;
import org.microcred.identity.NewAccount;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.springframework.stereotype.Component;

/** The recipients of awards by e-mail: unknown addresses get an account without a password, as a roster import does. */
@Component
public class AwardRecipients {

	private final BulkAccountService accounts;

	AwardRecipients(BulkAccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param names the name for a new account (or null: the address's local part) by lower-case e-mail address
	 * @return each address's account, by lower-case e-mail address
	 */
	public Map<String, AccountId> accountsOf(Map<String, String> names) {
		Map<String, AccountId> known = new HashMap<>(accounts.idsByEmail(names.keySet()));
		List<NewAccount> missing = names.entrySet()
			.stream()
			.filter(e -> !known.containsKey(e.getKey()))
			.map(e -> new NewAccount(displayName(e.getValue(), e.getKey()), e.getKey()))
			.toList();
		if (!missing.isEmpty()) {
			known.putAll(accounts.registerAllWithoutPassword(missing, new RoleGrant(Role.TEACHER, null)));
		}
		return known;
	}

	public static String lower(String email) {
		return EmailAddresses.normalize(email).toLowerCase(Locale.ROOT);
	}

	private static String displayName(String name, String email) {
		return name != null && !name.isBlank() ? name.strip() : email.substring(0, email.indexOf('@'));
	}

}
