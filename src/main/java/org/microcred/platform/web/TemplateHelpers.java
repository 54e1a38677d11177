package org.microcred.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

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

	/** A date as people of the page's language write it (3 December 2026, 3 de diciembre de 2026). */
	public String date(Object value) {
		if (value == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(localDate(value));
	}

	/** A short date (Dec 3, 2026). */
	public String shortDate(Object value) {
		if (value == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(localDate(value));
	}

	/** A moment in the viewer's time zone, with the zone shown (Dec 3, 2026, 2:05 PM EST). */
	public String dateTime(Instant value) {
		if (value == null) {
			return "";
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		return format.format(value.atZone(zone)) + " " + DateTimeFormatter.ofPattern("zzz", locale).format(value.atZone(zone));
	}

	/** A number with the page language's separators (1,234.5 or 1.234,5). */
	public String number(Number value) {
		return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
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

	private LocalDate localDate(Object value) {
		if (value instanceof Instant instant) {
			return instant.atZone(zone).toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof java.time.OffsetDateTime odt) {
			return odt.atZoneSameInstant(zone).toLocalDate();
		}
		if (value instanceof java.time.ZonedDateTime zdt) {
			return zdt.withZoneSameInstant(zone).toLocalDate();
		}
		return LocalDate.from((TemporalAccessor) value);
	}

}
