package org.microcred.wallet.internal;

/**
 * An OAuth 2.0 / OpenID4VCI error answer: the HTTP status, the {@code error} code and a description for the
 * wallet's user or developer. Nothing was changed when it is thrown.
 */
public class WalletError extends RuntimeException {

	private final int status;

	private final String error;

	public WalletError(int status, String error, String description) {
		super(description);
		this.status = status;
		this.error = error;
	}

	public int status() {
		return status;
	}

	public String error() {
		return error;
	}

}
