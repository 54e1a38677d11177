package org.microcred.platform.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages the interface is offered in (each has a {@code messages_xx.properties} bundle; the first is the
 * default and lives in {@code messages.properties}) and the time zone used until a person's own is known.
 *
 * @param languages language tags, default first
 * @param timeZone the installation's default time zone
 */
@ConfigurationProperties("microcred.i18n")
public record LanguageSettings(@DefaultValue({ "en", "es" }) List<Locale> languages,
		@DefaultValue("America/New_York") ZoneId timeZone) {

	public Locale defaultLanguage() {
		return languages.get(0);
	}

	/** The supported language of a locale (es-MX → es), if any. */
	public java.util.Optional<Locale> supported(Locale locale) {
		if (locale == null) {
			return java.util.Optional.empty();
		}
		return languages.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
	}

}
