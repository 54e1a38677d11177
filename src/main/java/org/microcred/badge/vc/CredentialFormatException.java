package org.microcred.badge.vc;

/**
 * The input is not a credential this engine can process: malformed JSON, an unknown JSON-LD term or context,
 * a broken image, an oversized document. The web layer maps it to 400 Bad Request; the message is safe to
 * show to the person who sent the input, and {@link #detail()} gives it in a form the web layer can translate.
 */
public class CredentialFormatException extends ExplainedException {

	public CredentialFormatException(VerificationMessage detail) {
		this(detail, null);
	}

	public CredentialFormatException(VerificationMessage detail, Throwable cause) {
		super(detail, cause);
	}

}
