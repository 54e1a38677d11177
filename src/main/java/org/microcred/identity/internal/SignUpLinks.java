package org.microcred.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import org.microcred.identity.IdentitySettings;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.mail.Mailer;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	SignUpLinks(JdbcClient jdbc, AccountStore accounts, Mailer mailer, PlatformSettings platform,
			IdentitySettings settings, MessageSource messages) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mailer = mailer;
		this.platform = platform;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * @param displayName and {@code email} already checked
	 * @param locale the language the person asked in, which the mail is written in
	 */
	@Async
	@Transactional
	public void send(String displayName, String email, Locale locale) {
		if (accounts.emailTaken(email)) {
			mailer.send(email, messages.getMessage("identity.mail.signup-taken.subject", null, locale),
					messages.getMessage("identity.mail.signup-taken.body",
							new Object[] { platform.url("/login"), platform.url("/password/forgot") }, locale));
			return;
		}
		String token = Tokens.newToken();
		Instant expires = Instant.now().plus(settings.invitationValidity());
		jdbc.sql("insert into signup_request (token_hash, email, display_name, expires_at, language) values (?, ?, ?, ?, ?)")
			.params(Tokens.hash(token), email, displayName, Timestamp.from(expires), chosenLanguage(locale))
			.update();
		mailer.send(email, messages.getMessage("identity.mail.signup.subject", null, locale),
				messages.getMessage("identity.mail.signup.body", new Object[] { displayName,
						settings.invitationValidity().toDays(), platform.url("/signup/" + token) }, locale));
	}

	/**
	 * The language the new account starts with: the sign-up page's, unless it is the default one, which leaves the
	 * account following its owner's browser, as before.
	 */
	private static String chosenLanguage(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? null : locale.toLanguageTag();
	}

}
