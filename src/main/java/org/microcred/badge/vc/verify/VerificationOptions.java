package org.microcred.badge.vc.verify;

/**
 * Choices for one verification.
 * @param recipientEmail when given, the credential must name this e-mail address as its recipient (plain
 * or salted SHA-256 hash); null skips the recipient step
 */
public record VerificationOptions(String recipientEmail) {

	public static VerificationOptions defaults() {
		return new VerificationOptions(null);
	}

	public static VerificationOptions forRecipient(String email) {
		return new VerificationOptions(email);
	}

}
