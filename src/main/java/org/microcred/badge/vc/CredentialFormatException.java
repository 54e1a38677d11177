package org.microcred.badge.vc;

/**
 * The input is not a credential this engine can process: malformed JSON, an unknown JSON-LD term or context,
 * a broken image, an oversized document. The web layer maps it to 400 Bad Request; the message is safe to
 * show to the person who sent the input.
 */
public class CredentialFormatException extends RuntimeException {

	public CredentialFormatException(String message) {
		super(message);
	}

	public CredentialFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
