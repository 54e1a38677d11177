package org.microcred.identity;

import java.util.regex.Pattern;

import org.microcred.platform.InvalidInputException;

/**
 * E-mail address rules. Addresses are kept as typed (trimmed) and compared without regard to letter case.
 */
public final class EmailAddresses {

	// deliberately simple: one @, no spaces or markup, a dot in the domain; the real check is the e-mail we send
	private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");

	private EmailAddresses() {
	}

	public static String normalize(String email) {
		return email == null ? null : email.strip();
	}

	public static boolean valid(String email) {
		return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
	}

	public static void requireValid(String email) {
		if (!valid(email)) {
			throw new InvalidInputException("email", "identity.email.invalid");
		}
	}

}
