package org.microcred.badge.vc.baking;

import org.microcred.badge.vc.CredentialFormatException;

/** An image that is not a valid baked badge (or cannot be baked): the message says what is wrong. */
public class BakingException extends CredentialFormatException {

	public BakingException(String message) {
		super(message);
	}

	public BakingException(String message, Throwable cause) {
		super(message, cause);
	}

}
