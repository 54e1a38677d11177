package org.microcred.badge.vc.verify;

import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.Recipients;
import org.microcred.badge.vc.VerificationMessage;

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
			return step(StepStatus.SKIPPED, VerificationMessage.of("badge.verify.recipient.none",
					"No recipient e-mail address was given to compare."));
		}
		JsonValue identifiers = (credential.get("credentialSubject") instanceof JsonObject subject)
				? subject.get("identifier") : null;
		int emailIdentifiers = 0;
		if (identifiers instanceof JsonArray array) {
			for (JsonValue value : array) {
				if (value instanceof JsonObject identity && "emailAddress".equals(JsonFields.text(identity, "identityType"))) {
					emailIdentifiers++;
					if (matches(identity, email.strip())) {
						return step(StepStatus.PASSED, VerificationMessage.of("badge.verify.recipient.match",
								"The credential was issued to {0}.", email.strip()));
					}
				}
			}
		}
		return step(StepStatus.FAILED, (emailIdentifiers == 0)
				? VerificationMessage.of("badge.verify.recipient.no-email",
						"The credential names no e-mail address to compare with.")
				: VerificationMessage.of("badge.verify.recipient.mismatch", "The credential was not issued to {0}.",
						email.strip()));
	}

	private static boolean matches(JsonObject identity, String email) {
		String expected = JsonFields.text(identity, "identityHash");
		if (expected == null) {
			return false;
		}
		boolean hashed = identity.get("hashed") == JsonValue.TRUE;
		if (!hashed) {
			return expected.equalsIgnoreCase(email);
		}
		String salt = (JsonFields.text(identity, "salt") == null) ? "" : JsonFields.text(identity, "salt");
		return expected.equalsIgnoreCase(Recipients.hashedEmail(email, salt))
				|| expected.equalsIgnoreCase(Recipients.hashedEmail(email.toLowerCase(Locale.ROOT), salt));
	}


	private static VerificationReport.Step step(StepStatus status, VerificationMessage message) {
		return new VerificationReport.Step("recipient", status, message);
	}

}
