package org.microcred.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.microcred.platform.LocalFormats;
import org.microcred.platform.Markdown;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Helpers behind {@code #text} in templates (see {@link TextDialect}), for one page in one language and time zone.
 */
public class TemplateHelpers {

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final java.util.List<Locale> languages;

	TemplateHelpers(MessageSource messages, Locale locale, ZoneId zone, java.util.List<Locale> languages) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.languages = languages;
	}

	/** The tags of the languages the interface is offered in (en, es), for the language switcher. */
	public java.util.List<String> languages() {
		return languages.stream().map(Locale::toLanguageTag).toList();
	}

	/**
	 * The name of a language in the page's language, for a language tag of content (a credential's "es-MX"):
	 * {@code catalog.language.xx} when the bundles name it, else the JDK's name.
	 */
	public String languageName(String tag) {
		if (tag == null || tag.isBlank()) {
			return "";
		}
		Locale language = Locale.forLanguageTag(tag);
		String named = messages.getMessage("catalog.language." + language.getLanguage(), null, null, locale);
		if (named != null) {
			return named;
		}
		String display = language.getDisplayLanguage(locale);
		return display.isBlank() ? tag : display;
	}

	/** The tag of the page's language (es). */
	public String language() {
		return locale.getLanguage();
	}

	public String markdown(String markdown) {
		return Markdown.html(markdown);
	}

	/**
	 * A message in the page's language: a {@link org.microcred.platform.Msg} (or any resolvable, such as a
	 * user-facing exception), or a bundle key; text that is not a key is shown as it is.
	 */
	public String msg(Object message) {
		if (message == null) {
			return null;
		}
		if (message instanceof MessageSourceResolvable resolvable) {
			return messages.getMessage(resolvable, locale);
		}
		String text = message.toString();
		return messages.getMessage(text, null, text, locale);
	}

	/**
	 * A value as a page shows it: a message (or any resolvable) in the page's language, anything else as it is; unlike
	 * {@link #msg}, text is never looked up as a key (for tables that mix labels and data).
	 */
	public String value(Object value) {
		if (value instanceof MessageSourceResolvable resolvable) {
			return messages.getMessage(resolvable, locale);
		}
		return value == null ? "" : value.toString();
	}

	/** A date as people of the page's language write it (3 December 2026, 3 de diciembre de 2026). */
	public String date(Object value) {
		return LocalFormats.date(value, locale, zone);
	}

	/** A short date (Dec 3, 2026). */
	public String shortDate(Object value) {
		return LocalFormats.shortDate(value, locale, zone);
	}

	/** A moment in the viewer's time zone, with the zone shown (Dec 3, 2026, 2:05 PM EST). */
	public String dateTime(Instant value) {
		return LocalFormats.dateTime(value, locale, zone);
	}

	/** A number with the page language's separators (1,234.5 or 1.234,5). */
	public String number(Number value) {
		return LocalFormats.number(value, locale);
	}

	public String bytes(long size) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			format.setMaximumFractionDigits(0);
			return format.format(size / 1024.0) + " KB";
		}
		if (size < 1024L * 1024 * 1024) {
			format.setMaximumFractionDigits(1);
			return format.format(size / (1024.0 * 1024)) + " MB";
		}
		format.setMaximumFractionDigits(2);
		return format.format(size / (1024.0 * 1024 * 1024)) + " GB";
	}

	public Locale locale() {
		return locale;
	}

	public ZoneId zone() {
		return zone;
	}

}
