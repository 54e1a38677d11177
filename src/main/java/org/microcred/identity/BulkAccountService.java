package org.microcred.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.microcred.identity.internal.AccountStore;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.SafeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in bulk, for roster imports: creating thousands without passwords, granting a role to all of them and
 * finding accounts by e-mail address, each in a few statements rather than one per person.
 */
@Service
public class BulkAccountService {

	private final AccountStore store;

	BulkAccountService(AccountStore store) {
		this.store = store;
	}

	/**
	 * Creates many accounts without passwords in one go (roster imports), each with the same role; nothing is
	 * created if any row is unacceptable or any e-mail address is already taken.
	 * @return the new accounts by their e-mail address in lower case
	 * @throws InvalidInputException naming the first row at fault
	 */
	@Transactional
	public Map<String, AccountId> registerAllWithoutPassword(List<NewAccount> people, RoleGrant grant) {
		List<UUID> ids = new ArrayList<>(people.size());
		List<String> emails = new ArrayList<>(people.size());
		List<String> names = new ArrayList<>(people.size());
		Map<String, AccountId> created = new LinkedHashMap<>();
		for (NewAccount person : people) {
			String name = SafeText.clean(person.displayName());
			String address = EmailAddresses.normalize(person.email());
			AccountService.requireValidName(name);
			EmailAddresses.requireValid(address);
			UUID id = UUID.randomUUID();
			if (created.putIfAbsent(address.toLowerCase(Locale.ROOT), new AccountId(id)) != null) {
				throw new InvalidInputException("email", "identity.bulk.email-twice", address);
			}
			ids.add(id);
			emails.add(address);
			names.add(name);
		}
		int inserted = store.insertAll(ids, emails, names);
		if (inserted != ids.size()) {
			throw new InvalidInputException("email", "identity.bulk.emails-taken", ids.size() - inserted);
		}
		store.grantAll(ids, grant);
		return created;
	}

	/** Grants one role to many accounts (roster imports); accounts that hold it already keep it. */
	@Transactional
	public void grantAll(Collection<AccountId> accounts, RoleGrant grant) {
		store.grantAll(accounts.stream().map(AccountId::value).toList(), grant);
	}

	/** The accounts with these e-mail addresses (any letter case), keyed by the address in lower case. */
	public Map<String, AccountId> idsByEmail(Collection<String> emails) {
		return store.idsByEmail(emails.stream()
			.filter(Objects::nonNull)
			.map(e -> EmailAddresses.normalize(e).toLowerCase(Locale.ROOT))
			.distinct()
			.toList());
	}

}
