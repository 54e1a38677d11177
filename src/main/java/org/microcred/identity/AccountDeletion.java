package org.microcred.identity;

import java.util.UUID;

import org.microcred.identity.internal.AccountSessions;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher deletes their own account: the account keeps only its id (a pseudonym other records and audit entries
 * still point to), its name and e-mail address are replaced, it can no longer log in, and its sessions end. Other
 * modules remove their personal data on {@link AccountDeleted}.
 */
@Service
public class AccountDeletion {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	AccountDeletion(JdbcClient jdbc, PasswordEncoder passwords, AccountSessions sessions,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.sessions = sessions;
		this.events = events;
	}

	/** The name a deleted account shows under: no person's name, only a short pseudonym from its id. */
	public static String pseudonym(UUID account) {
		return "#" + account.toString().substring(0, 8);
	}

	/**
	 * Deletes the account of a teacher who holds no other role.
	 * @param password the current password (ignored for an account that logs in only through single sign-on)
	 * @param confirmation the account's e-mail address, typed again
	 * @throws InvalidInputException when the password or the confirmation is wrong; nothing changes
	 */
	@Transactional
	public void deleteOwnAccount(CurrentUser user, String password, String confirmation) {
		if (user.grants().stream().anyMatch(g -> g.role() != Role.TEACHER)) {
			throw new ConflictException("identity.delete.teachers-only");
		}
		String hash = jdbc.sql("select password_hash from account where id = ?").param(user.id().value())
			.query(String.class).optional().orElse(null);
		if (hash != null && (password == null || !passwords.matches(password, hash))) {
			throw new InvalidInputException("password", "identity.delete.password-wrong");
		}
		if (confirmation == null || !confirmation.strip().equalsIgnoreCase(user.email())) {
			throw new InvalidInputException("confirmation", "identity.delete.confirmation-wrong");
		}
		UUID id = user.id().value();
		int changed = jdbc.sql("""
				update account set email = ?, display_name = ?, password_hash = null, enabled = false,
				  recipient_id = null, language = null, time_zone = null, version = version + 1
				where id = ? and lower(email) = lower(?) and enabled""")
			.params("deleted-" + id + "@deleted.invalid", pseudonym(id), id, user.email())
			.update();
		if (changed == 0) {
			throw new ConflictException("identity.delete.already");
		}
		jdbc.sql("delete from role_grant where account_id = ?").param(id).update();
		jdbc.sql("delete from sso_link where account_id = ?").param(id).update();
		jdbc.sql("delete from password_reset_token where account_id = ?").param(id).update();
		jdbc.sql("delete from signup_request where lower(email) = lower(?)").param(user.email()).update();
		jdbc.sql("delete from login_lock where email_key = lower(?)").param(user.email().strip()).update();
		jdbc.sql("update invitation set email = ? where lower(email) = lower(?)")
			.params("deleted-" + id + "@deleted.invalid", user.email()).update();
		// mail waiting in the outbox or kept in its log carries the address and sign-in links
		jdbc.sql("delete from mail_outbox where lower(recipient) = lower(?)").param(user.email()).update();
		events.publishEvent(new AccountDeleted(user.id()));
		sessions.endAll(user.email());
	}

}
