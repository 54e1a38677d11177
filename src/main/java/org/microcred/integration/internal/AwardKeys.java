package org.microcred.integration.internal;

import java.util.Locale;
import java.util.UUID;

import org.microcred.identity.EmailAddresses;
import org.microcred.platform.Secrets;

/**
 * The default award key of an award assessed elsewhere: one per recipient and achievement, the same through the API
 * and a CSV upload, so awarding someone twice (a repeated call, a re-uploaded file, the API after a file) issues
 * nothing new.
 */
public final class AwardKeys {

	/** The badge module keeps award keys of up to this many characters. */
	private static final int MAX = 150;

	private AwardKeys() {
	}

	public static String of(UUID achievement, String email) {
		String lower = EmailAddresses.normalize(email).toLowerCase(Locale.ROOT);
		String key = "api:" + achievement + ":" + lower;
		// a very long address would not fit: its hash stands for it (the same one each time)
		return key.length() <= MAX ? key : "api:" + achievement + ":sha256:" + Secrets.sha256(lower);
	}

}
