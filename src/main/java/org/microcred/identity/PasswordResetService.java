package org.microcred.identity;

import org.microcred.platform.Secrets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.identity.internal.AccountSessions;
import org.microcred.identity.internal.AccountStore;
import org.microcred.identity.internal.LoginLocks;
import org.microcred.identity.internal.PasswordPolicy;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.mail.MailMessage;
import org.microcred.platform.mail.Mailer;
import org.microcred.platform.mail.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by an e-mailed, single-use, expiring link.
 */
@Service
public class PasswordResetService {

	private final JdbcClient jdbc;

	private final AccountStore accounts;

	private final PasswordEncoder passwords;

	private final Mailer mailer;

	private final PlatformSettings platform;

	private final IdentitySettings settings;

	private final LoginLocks locks;

	private final AccountSessions sessions;

	PasswordResetService(JdbcClient jdbc, AccountStore accounts, PasswordEncoder passwords, Mailer mailer,
			PlatformSettings platform, IdentitySettings settings, LoginLocks locks, AccountSessions sessions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.mailer = mailer;
		this.platform = platform;
		this.settings = settings;
		this.locks = locks;
		this.sessions = sessions;
	}

	/**
	 * Sends a reset link when an account has this e-mail. Says nothing either way and runs in the background, so
	 * neither the answer nor its timing reveals who has an account.
	 */
	@Async
	@Transactional
	public void requestReset(String email) {
		if (!EmailAddresses.valid(EmailAddresses.normalize(email))) {
			return;
		}
		accounts.findByEmail(EmailAddresses.normalize(email)).filter(AccountSummary::enabled).ifPresent(account -> {
			String token = Secrets.random("");
			Instant expires = Instant.now().plus(settings.resetTokenValidity());
			jdbc.sql("insert into password_reset_token (token_hash, account_id, expires_at) values (?, ?, ?)")
				.params(Secrets.sha256(token), account.id().value(), Timestamp.from(expires))
				.update();
			mailer.send(Recipient.of(account.email(), account.locale(), account.timeZone()),
					Msg.of("identity.mail.reset.subject"), Msg.of("identity.mail.reset.body", account.displayName(),
							settings.resetTokenValidity().toMinutes(), platform.url("/password/reset?token=" + token)));
		});
	}

	/**
	 * E-mails each new account (made by a roster import, without a password) a link to choose a password. The link
	 * works once, for as long as an invitation does. Queued in the caller's transaction: sent only if it commits.
	 */
	@Transactional
	public void sendWelcomeLinks(Collection<AccountId> newAccounts, String organizationName) {
		List<UUID> ids = newAccounts.stream().map(AccountId::value).toList();
		Timestamp expires = Timestamp.from(Instant.now().plus(settings.invitationValidity()));
		List<MailMessage> messages = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += 5_000) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 5_000));
			Map<AccountId, AccountSummary> found = accounts.findAll(chunk);
			List<String> hashes = new ArrayList<>(chunk.size());
			for (UUID id : chunk) {
				AccountSummary account = found.get(new AccountId(id));
				String token = Secrets.random("");
				hashes.add(Secrets.sha256(token));
				messages.add(new MailMessage(Recipient.of(account.email(), account.locale(), account.timeZone()),
						Msg.of("identity.mail.welcome.subject"),
						Msg.of("identity.mail.welcome.body", account.displayName(), organizationName,
								settings.invitationValidity().toDays(), platform.url("/password/reset?token=" + token),
								account.email())));
			}
			jdbc.sql("""
					insert into password_reset_token (token_hash, account_id, expires_at)
					select h, a, ? from unnest(?::char(64)[], ?::uuid[]) as t(h, a)""")
				.params(expires, hashes.toArray(String[]::new), chunk.toArray(UUID[]::new))
				.update();
		}
		mailer.sendAll(messages);
	}

	/** Whether the link can still be used. */
	public boolean isUsable(String token) {
		return usableAccount(token, false).isPresent();
	}

	/**
	 * Sets the new password and uses up the link (and every other pending link of the account). Every other session
	 * of the account ends and its log-in lock, if any, is lifted.
	 * @throws InvalidInputException when the link is no longer usable or the password is unacceptable
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		UUID accountId = usableAccount(token, true).orElseThrow(() -> new InvalidInputException(null, "identity.reset.expired"));
		AccountSummary account = accounts.find(accountId).orElseThrow();
		var problem = PasswordPolicy.problem(newPassword, account.email(), account.displayName());
		if (problem != null) {
			throw new InvalidInputException("password", problem.key(), problem.args());
		}
		accounts.updatePassword(accountId, passwords.encode(newPassword));
		jdbc.sql("update password_reset_token set used_at = now() where account_id = ? and used_at is null")
			.param(accountId)
			.update();
		locks.clear(account.email());
		sessions.endOthers(account.email());
	}

	private Optional<UUID> usableAccount(String token, boolean lock) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select account_id from password_reset_token
				where token_hash = ? and used_at is null and expires_at > now()""" + (lock ? " for update" : ""))
			.param(Secrets.sha256(token))
			.query(UUID.class)
			.optional();
	}

}
