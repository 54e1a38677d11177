package org.microcred.platform;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Rules for short plain-text values people type (names, titles). Every template escapes output anyway;
 * these rules keep stored values clean and tell the user early.
 */
public final class SafeText {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t]]");

	private static final Pattern MARKUP = Pattern.compile("[<>]");

	private SafeText() {
	}

	/** Trims, normalizes (NFC) and collapses inner whitespace; null stays null. */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String normalized = Normalizer.normalize(value, Normalizer.Form.NFC);
		return normalized.strip().replaceAll("\\s+", " ");
	}

	/** Why a short name is unacceptable (a message for its author), or null when it is fine. */
	public static Msg problemWithName(String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return Msg.of("platform.name.required");
		}
		if (value.length() > maxLength) {
			return Msg.of("platform.name.too-long", maxLength);
		}
		if (MARKUP.matcher(value).find()) {
			return Msg.of("platform.name.markup");
		}
		if (CONTROL.matcher(value).find()) {
			return Msg.of("platform.name.control");
		}
		return null;
	}

}
