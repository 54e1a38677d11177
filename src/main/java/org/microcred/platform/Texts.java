package org.microcred.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.microcred.platform.web.LanguageSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Msg} for one reader away from a page (an e-mail, a stored notice): in their language and time zone,
 * never in those of whoever caused it. Arguments that are messages are written too; an {@link Instant} becomes a date
 * and time, a {@link LocalDate} a date, as the reader writes them.
 */
@Component
public class Texts {

	private final MessageSource messages;

	private final LanguageSettings settings;

	Texts(MessageSource messages, LanguageSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/** The message in the language, with dates and times in the zone (the installation's when null). */
	public String write(Msg message, Locale language, ZoneId zone) {
		Locale locale = language == null ? settings.defaultLanguage() : language;
		ZoneId in = zone == null ? settings.timeZone() : zone;
		Object[] args = Arrays.stream(message.args()).map(arg -> argument(arg, locale, in)).toArray();
		return messages.getMessage(message.key(), args, message.key(), locale);
	}

	private Object argument(Object arg, Locale locale, ZoneId zone) {
		if (arg instanceof Msg msg) {
			return write(msg, locale, zone);
		}
		if (arg instanceof MessageSourceResolvable resolvable) {
			return messages.getMessage(resolvable, locale);
		}
		if (arg instanceof Instant instant) {
			return LocalFormats.dateTime(instant, locale, zone);
		}
		if (arg instanceof LocalDate date) {
			return LocalFormats.date(date, locale, zone);
		}
		return arg;
	}

}
