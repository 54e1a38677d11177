package org.microcred.identity.internal;

import java.util.Locale;
import java.util.Set;
import org.microcred.platform.Msg;

/**
 * Password rules after NIST SP 800-63B: long enough, not absurdly long, not a well-known password, not the
 * person's own e-mail or name. No composition rules: they make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
			"password1234", "passw0rd", "1234567890", "12345678910", "0123456789", "qwertyuiop", "qwerty1234",
			"qwerty12345", "1q2w3e4r5t", "1qaz2wsx3edc", "iloveyou12", "letmein123", "welcome123", "welcome1234",
			"changeme123", "administrator", "abcdefghij", "abc1234567", "asdfghjkl1", "zxcvbnm123", "football12",
			"baseball12", "sunshine12", "princess12", "superman12", "trustno1234", "teacher123", "teacher1234",
			"student123", "school1234", "microcred1", "microcred123", "11111111111", "aaaaaaaaaa", "passwordpassword",
			"qwertyqwerty", "monkey1234", "dragon1234", "master1234", "shadow1234", "michael123", "jennifer12",
			"computer12", "internet12", "whatever12", "starwars12", "pokemon123", "summer2024", "summer2025",
			"summer2026", "winter2025", "winter2026", "spring2026", "autumn2026", "p@ssw0rd12", "p@ssword123");

	private PasswordPolicy() {
	}

	/** Why the password is unacceptable (a message for its owner), or null when it is fine. */
	public static Msg problem(String password, String email, String displayName) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Msg.of("identity.password.too-short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			return Msg.of("identity.password.too-long", MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
			return Msg.of("identity.password.too-common");
		}
		if (email != null && !email.isBlank()) {
			String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
			if (lower.equals(email.toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
				return Msg.of("identity.password.contains-email");
			}
		}
		if (displayName != null && displayName.length() >= 4 && lower.contains(displayName.toLowerCase(Locale.ROOT))) {
			return Msg.of("identity.password.contains-name");
		}
		return null;
	}

}
