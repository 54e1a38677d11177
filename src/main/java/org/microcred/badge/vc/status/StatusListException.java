package org.microcred.badge.vc.status;

import org.microcred.badge.vc.CredentialFormatException;

/** An encoded status list that cannot be decoded safely (wrong encoding, corrupt, or too large). */
public class StatusListException extends CredentialFormatException {

	public StatusListException(String message) {
		super(message);
	}

	public StatusListException(String message, Throwable cause) {
		super(message, cause);
	}

}
