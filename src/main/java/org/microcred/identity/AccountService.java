package org.microcred.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.internal.AccountSessions;
import org.microcred.identity.internal.AccountStore;
import org.microcred.identity.internal.LoginLocks;
import org.microcred.identity.internal.PasswordPolicy;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.platform.SafeText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating them, reading them, their profile, password and roles.
 */
@Service
public class AccountService {

	private final AccountStore store;

	private final PasswordEncoder passwords;

	private final LoginLocks locks;

	private final AccountSessions sessions;

	AccountService(AccountStore store, PasswordEncoder passwords, LoginLocks locks, AccountSessions sessions) {
		this.store = store;
		this.passwords = passwords;
		this.locks = locks;
		this.sessions = sessions;
	}

	/**
	 * Creates an account with a password and roles, after checking every field.
	 * @throws InvalidInputException naming the field at fault
	 */
	@Transactional
	public AccountId register(String displayName, String email, String password, Set<RoleGrant> grants) {
		String name = SafeText.clean(displayName);
		String address = EmailAddresses.normalize(email);
		requireValidName(name);
		EmailAddresses.requireValid(address);
		var problem = PasswordPolicy.problem(password, address, name);
		if (problem != null) {
			throw new InvalidInputException("password", problem.key(), problem.args());
		}
		return create(name, address, passwords.encode(password), grants);
	}

	/** Creates an account that cannot log in until its owner sets a password (roster imports, demo data). */
	@Transactional
	public AccountId registerWithoutPassword(String displayName, String email, Set<RoleGrant> grants) {
		String name = SafeText.clean(displayName);
		String address = EmailAddresses.normalize(email);
		requireValidName(name);
		EmailAddresses.requireValid(address);
		return create(name, address, null, grants);
	}

	/** Creates an account with an already-hashed password (demo data shares one hash to start quickly). */
	@Transactional
	public AccountId registerWithHash(String displayName, String email, String passwordHash, Set<RoleGrant> grants) {
		return create(SafeText.clean(displayName), EmailAddresses.normalize(email), passwordHash, grants);
	}

	public String hashPassword(String password) {
		return passwords.encode(password);
	}

	private AccountId create(String name, String email, String hash, Set<RoleGrant> grants) {
		UUID id = UUID.randomUUID();
		if (!store.insert(id, email, name, hash)) {
			throw new InvalidInputException("email", "identity.account.email-taken");
		}
		grants.forEach(g -> store.grant(id, g));
		return new AccountId(id);
	}

	public boolean emailTaken(String email) {
		return store.emailTaken(EmailAddresses.normalize(email));
	}

	public Optional<AccountSummary> find(AccountId id) {
		return store.find(id.value());
	}

	public AccountSummary get(AccountId id) {
		return find(id).orElseThrow(() -> new NotFoundException("identity.account.not-found"));
	}

	public Optional<AccountSummary> findByEmail(String email) {
		return store.findByEmail(EmailAddresses.normalize(email));
	}

	public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
		return store.findAll(ids.stream().map(AccountId::value).distinct().toList());
	}

	/** The enabled accounts holding the role within the organization (null for unscoped roles). */
	public List<AccountSummary> withRole(Role role, UUID organizationId) {
		List<UUID> ids = store.withRole(role, organizationId);
		Map<AccountId, AccountSummary> found = store.findAll(ids);
		return ids.stream().map(id -> found.get(new AccountId(id))).filter(java.util.Objects::nonNull).toList();
	}

	/** Lists accounts for platform administrators, filtered by name or e-mail. */
	public PageResult<AccountSummary> search(CurrentUser admin, String query, PageRequest page) {
		admin.require(Role.PLATFORM_ADMIN);
		String q = query == null ? "" : query.strip().toLowerCase();
		List<UUID> ids = store.search(q, page.size(), page.offset());
		Map<AccountId, AccountSummary> found = store.findAll(ids);
		return new PageResult<>(ids.stream().map(id -> found.get(new AccountId(id))).toList(), page.page(),
				page.size(), store.count(q));
	}

	/**
	 * Grants a role, effective in the account's sessions from their next request. The caller has checked that the
	 * granter may do so.
	 */
	@Transactional
	public void grant(AccountId account, RoleGrant grant) {
		get(account);
		store.grant(account.value(), grant);
	}

	/** Removes a role, effective in the account's sessions from their next request. */
	@Transactional
	public void revoke(AccountId account, RoleGrant grant) {
		store.revoke(account.value(), grant);
	}

	/** A platform administrator adds a role to an existing account. */
	@Transactional
	public void grantByAdmin(CurrentUser admin, AccountId account, RoleGrant grant) {
		admin.require(Role.PLATFORM_ADMIN);
		grant(account, grant);
	}

	@Transactional
	public void revokeByAdmin(CurrentUser admin, AccountId account, RoleGrant grant) {
		admin.require(Role.PLATFORM_ADMIN);
		if (admin.id().equals(account) && grant.role() == Role.PLATFORM_ADMIN) {
			throw new InvalidInputException(null, "identity.account.own-admin-role");
		}
		revoke(account, grant);
	}

	/**
	 * Deactivates or reactivates an account. A deactivated account cannot log in and its sessions end.
	 * @throws NotFoundException when there is no such account
	 */
	@Transactional
	public void setEnabled(AccountId account, boolean enabled) {
		AccountSummary summary = get(account);
		if (store.setEnabled(account.value(), enabled) && !enabled) {
			sessions.endAll(summary.email());
		}
	}

	/** A platform administrator deactivates or reactivates an account other than their own. */
	@Transactional
	public void setEnabledByAdmin(CurrentUser admin, AccountId account, boolean enabled) {
		admin.require(Role.PLATFORM_ADMIN);
		if (admin.id().equals(account)) {
			throw new InvalidInputException(null, "identity.account.own-deactivation");
		}
		setEnabled(account, enabled);
	}

	@Transactional
	public void updateProfile(CurrentUser user, String displayName, String recipientId) {
		String name = SafeText.clean(displayName);
		requireValidName(name);
		String recipient = recipientId == null || recipientId.isBlank() ? null : recipientId.strip();
		if (recipient != null && !(recipient.matches("did:[a-z0-9]+:[A-Za-z0-9._:%-]+")
				|| recipient.matches("https://[^\\s<>\"]{3,490}")) ) {
			throw new InvalidInputException("recipientId",
					"identity.profile.recipient.invalid");
		}
		store.updateProfile(user.id().value(), name, recipient);
	}

	/**
	 * Saves the interface language (one the installation offers) and time zone (an IANA zone such as
	 * {@code America/Chicago}, or empty for the browser's) a person chose.
	 */
	@Transactional
	public void updatePreferences(CurrentUser user, String language, String timeZone, java.util.List<java.util.Locale> offered) {
		String tag = language == null || language.isBlank() ? null : language.strip();
		if (tag != null && offered.stream().noneMatch(l -> l.toLanguageTag().equals(tag))) {
			throw new InvalidInputException("language", "identity.profile.language.unknown");
		}
		String zone = timeZone == null ? "" : timeZone.strip();
		if (!zone.isEmpty() && !java.time.ZoneId.getAvailableZoneIds().contains(zone)) {
			throw new InvalidInputException("timeZone", "identity.profile.time-zone.unknown");
		}
		store.setLanguage(user.id().value(), tag);
		store.setTimeZone(user.id().value(), zone.isEmpty() ? null : zone);
	}

	/** Sets a new password; every other session of the account ends, this one continues under a new id. */
	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		String hash = store.passwordHash(user.id().value()).orElseThrow(() -> new AccessDeniedException("gone"));
		if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
			throw new InvalidInputException("currentPassword", "identity.profile.current-password.wrong");
		}
		var problem = PasswordPolicy.problem(newPassword, user.email(), user.displayName());
		if (problem != null) {
			throw new InvalidInputException("newPassword", problem.key(), problem.args());
		}
		store.updatePassword(user.id().value(), passwords.encode(newPassword));
		locks.clear(user.email());
		sessions.endOthers(user.email());
	}

	/** The account as it is now, for refreshing a logged-in session after a change. */
	public Optional<CurrentUser> reload(AccountId id) {
		return store.loadUser(id.value());
	}

	static void requireValidName(String name) {
		Msg problem = SafeText.problemWithName(name, 120);
		if (problem != null) {
			throw new InvalidInputException("displayName", problem);
		}
	}

}
