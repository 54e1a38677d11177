package org.microcred.platform;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers as people of one language write them, in one time zone: the same on pages
 * ({@code #text}) and in e-mails.
 */
public final class LocalFormats {

	private LocalFormats() {
	}

	/** 3 December 2026, 3 de diciembre de 2026. */
	public static String date(Object value, Locale locale, ZoneId zone) {
		return value == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(localDate(value, zone));
	}

	/** Dec 3, 2026; 3 dic 2026. */
	public static String shortDate(Object value, Locale locale, ZoneId zone) {
		return value == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(localDate(value, zone));
	}

	/** A moment in the zone, with the zone shown: Dec 3, 2026, 2:05 PM EST. */
	public static String dateTime(Instant value, Locale locale, ZoneId zone) {
		if (value == null) {
			return "";
		}
		ZonedDateTime at = value.atZone(zone);
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at)
				+ " " + DateTimeFormatter.ofPattern("zzz", locale).format(at);
	}

	/** 1,234.5 or 1.234,5. */
	public static String number(Number value, Locale locale) {
		return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
	}

	private static LocalDate localDate(Object value, ZoneId zone) {
		if (value instanceof Instant instant) {
			return instant.atZone(zone).toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof OffsetDateTime odt) {
			return odt.atZoneSameInstant(zone).toLocalDate();
		}
		if (value instanceof ZonedDateTime zdt) {
			return zdt.withZoneSameInstant(zone).toLocalDate();
		}
		return LocalDate.from((TemporalAccessor) value);
	}

}
