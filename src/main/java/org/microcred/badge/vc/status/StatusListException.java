package org.microcred.badge.vc.status;

import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.VerificationMessage;

/** An encoded status list that cannot be decoded safely (wrong encoding, corrupt, or too large). */
public class StatusListException extends CredentialFormatException {

	public StatusListException(VerificationMessage detail) {
		super(detail);
	}

	public StatusListException(VerificationMessage detail, Throwable cause) {
		super(detail, cause);
	}

}
