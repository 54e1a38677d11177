package org.microcred.platform.mail;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Whom a message goes to, and how to write to them: their language and time zone (null for the installation's
 * defaults), never those of whoever caused the message.
 */
public record Recipient(String address, Locale language, ZoneId zone) {

	/** A person known only by address (an invitation, a sign-up): written to in the installation's defaults. */
	public static Recipient of(String address) {
		return new Recipient(address, null, null);
	}

	/** A person with an account: their saved language tag and time zone id, either of which may be null. */
	public static Recipient of(String address, Locale language, String zone) {
		return new Recipient(address, language, zone(zone));
	}

	private static ZoneId zone(String id) {
		try {
			return id == null || id.isBlank() ? null : ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
