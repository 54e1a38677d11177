package org.microcred.identity.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.microcred.platform.web.ViewerPreferences;
import org.springframework.stereotype.Component;

/** The language and time zone saved in a person's profile, for every page they open. */
@Component
class AccountPreferences implements ViewerPreferences {

	private final AccountStore accounts;

	AccountPreferences(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Saved> of(String username) {
		return accounts.preferencesOf(username).map(values -> new Saved(
				values[0] == null ? null : Locale.forLanguageTag(values[0]), zone(values[1])));
	}

	@Override
	public void rememberLanguage(String username, Locale language) {
		accounts.findByEmail(username)
			.ifPresent(a -> accounts.setLanguage(a.id().value(), language.toLanguageTag()));
	}

	private static ZoneId zone(String value) {
		try {
			return value == null ? null : ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
