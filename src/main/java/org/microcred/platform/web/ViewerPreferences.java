package org.microcred.platform.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in person's saved language and time zone come from (implemented by the identity module), so the
 * interface follows them on any device.
 */
public interface ViewerPreferences {

	/** A person's saved choices; either may be null (not chosen). */
	record Saved(Locale language, ZoneId zone) implements java.io.Serializable {
	}

	/** The choices saved in the profile of the account with this log-in name. */
	Optional<Saved> of(String username);

	/** Remembers a language the person chose with the language switcher. */
	void rememberLanguage(String username, Locale language);

}
