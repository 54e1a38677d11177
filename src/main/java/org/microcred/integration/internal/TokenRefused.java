package org.microcred.integration.internal;

/**
 * The token endpoint refuses (RFC 6749 section 5.2): {@code error} is the OAuth error code, {@code messageKey} the
 * bundle key of the explanation.
 */
public class TokenRefused extends RuntimeException {

	private final String error;

	private final String messageKey;

	private final int status;

	public TokenRefused(int status, String error, String messageKey) {
		super(error);
		this.status = status;
		this.error = error;
		this.messageKey = messageKey;
	}

	public String error() {
		return error;
	}

	public String messageKey() {
		return messageKey;
	}

	public int status() {
		return status;
	}

}
