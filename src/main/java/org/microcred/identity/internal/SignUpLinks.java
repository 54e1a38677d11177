package org.microcred.identity.internal;

import org.microcred.platform.Secrets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.microcred.identity.AccountSummary;
import org.microcred.identity.IdentitySettings;
import org.microcred.platform.Msg;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.mail.Mailer;
import org.microcred.platform.mail.Recipient;
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

	/**
	 * @param displayName and {@code email} already checked
	 * @param language the language the sign-up page was shown in: the link goes to the person who asked, in theirs
	 */
	@Async
	@Transactional
	public void send(String displayName, String email, Locale language) {
		Optional<AccountSummary> owner = accounts.findByEmail(email);
		if (owner.isPresent()) {
			// written to the owner of the address, who may not be who asked
			mailer.send(Recipient.of(email, owner.get().locale(), owner.get().timeZone()),
					Msg.of("identity.mail.signup-taken.subject"),
					Msg.of("identity.mail.signup-taken.body", platform.url("/login"), platform.url("/password/forgot")));
			return;
		}
		String token = Secrets.random("");
		Instant expires = Instant.now().plus(settings.invitationValidity());
		jdbc.sql("insert into signup_request (token_hash, email, display_name, expires_at, language) values (?, ?, ?, ?, ?)")
			.params(Secrets.sha256(token), email, displayName, Timestamp.from(expires), chosenLanguage(language))
			.update();
		mailer.send(new Recipient(email, language, null), Msg.of("identity.mail.signup.subject"),
				Msg.of("identity.mail.signup.body", displayName, settings.invitationValidity().toDays(),
						platform.url("/signup/" + token)));
	}

	/**
	 * The language the new account starts with: the sign-up page's, unless it is the default one, which leaves the
	 * account following its owner's browser, as before.
	 */
	private static String chosenLanguage(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? null : locale.toLanguageTag();
	}

}
