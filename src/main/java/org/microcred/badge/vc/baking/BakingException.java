package org.microcred.badge.vc.baking;

import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.VerificationMessage;

/** An image that is not a valid baked badge (or cannot be baked): the message says what is wrong. */
public class BakingException extends CredentialFormatException {

	public BakingException(VerificationMessage detail) {
		super(detail);
	}

	public BakingException(VerificationMessage detail, Throwable cause) {
		super(detail, cause);
	}

}
