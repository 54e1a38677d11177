package org.microcred.badge.vc.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Does the credential name this e-mail address as its recipient? Compares against the subject's
 * {@code identifier} entries of {@code identityType} {@code emailAddress}: hashed ({@code sha256$<hex>} of
 * address + salt) or plain.
 */
final class RecipientCheck {

	private RecipientCheck() {
	}

	static VerificationReport.Step check(JsonObject credential, String email) {
		if (email == null || email.isBlank()) {
			return step(StepStatus.SKIPPED, "No recipient e-mail address was given to compare.");
		}
		JsonValue identifiers = (credential.get("credentialSubject") instanceof JsonObject subject)
				? subject.get("identifier") : null;
		int emailIdentifiers = 0;
		if (identifiers instanceof JsonArray array) {
			for (JsonValue value : array) {
				if (value instanceof JsonObject identity && "emailAddress".equals(text(identity, "identityType"))) {
					emailIdentifiers++;
					if (matches(identity, email.strip())) {
						return step(StepStatus.PASSED, "The credential was issued to " + email.strip() + ".");
					}
				}
			}
		}
		return step(StepStatus.FAILED, (emailIdentifiers == 0)
				? "The credential names no e-mail address to compare with."
				: "The credential was not issued to " + email.strip() + ".");
	}

	private static boolean matches(JsonObject identity, String email) {
		String expected = text(identity, "identityHash");
		if (expected == null) {
			return false;
		}
		boolean hashed = identity.get("hashed") == JsonValue.TRUE;
		if (!hashed) {
			return expected.equalsIgnoreCase(email);
		}
		String salt = (text(identity, "salt") == null) ? "" : text(identity, "salt");
		return expected.equalsIgnoreCase(hash(email, salt))
				|| expected.equalsIgnoreCase(hash(email.toLowerCase(Locale.ROOT), salt));
	}

	/** {@code sha256$} + hex SHA-256 of the address followed by the salt, as OB 3.0 hashes identities. */
	static String hash(String email, String salt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest((email + salt).getBytes(StandardCharsets.UTF_8));
			return "sha256$" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String text(JsonObject object, String key) {
		return (object.get(key) instanceof JsonString string) ? string.getString() : null;
	}

	private static VerificationReport.Step step(StepStatus status, String message) {
		return new VerificationReport.Step("recipient", status, message);
	}

}
