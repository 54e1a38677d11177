package org.microcred.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.microcred.identity.IdentitySettings;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.mail.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail a sign-up sends: to a new address, the link to finish; to an address that has an account, word that
 * someone tried. Runs after the answer, so the answer takes as long either way.
 */
@Component
public class SignUpLinks {

	private final JdbcClient jdbc;

	private final AccountStore accounts;

	private final Mailer mailer;

	private final PlatformSettings platform;

	private final IdentitySettings settings;

	SignUpLinks(JdbcClient jdbc, AccountStore accounts, Mailer mailer, PlatformSettings platform,
			IdentitySettings settings) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mailer = mailer;
		this.platform = platform;
		this.settings = settings;
	}

	/** @param displayName and {@code email} already checked */
	@Async
	@Transactional
	public void send(String displayName, String email) {
		if (accounts.emailTaken(email)) {
			mailer.send(email, "Someone tried to create a Microcred account with your address", """
					Hello,

					This e-mail address already has a Microcred account.
					Someone (hopefully you) just tried to create another one with it. Nothing was changed.

					If it was you: log in at %s
					Forgot your password? Choose a new one at %s

					If it was not you, ignore this message.
					""".formatted(platform.url("/login"), platform.url("/password/forgot")));
			return;
		}
		String token = Tokens.newToken();
		Instant expires = Instant.now().plus(settings.invitationValidity());
		jdbc.sql("insert into signup_request (token_hash, email, display_name, expires_at) values (?, ?, ?, ?)")
			.params(Tokens.hash(token), email, displayName, Timestamp.from(expires))
			.update();
		mailer.send(email, "Finish creating your Microcred account", """
				Hello %s,

				Someone (hopefully you) asked to create a Microcred teacher account with this e-mail address.
				Choose your password here to finish; the link works once, for %d days:
				%s

				If it was not you, ignore this message: no account is created.
				""".formatted(displayName, settings.invitationValidity().toDays(), platform.url("/signup/" + token)));
	}

}
