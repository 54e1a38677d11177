package org.microcred.badge.vc.keys;

import org.microcred.badge.vc.CredentialFormatException;

/** A key, multibase value or DID that cannot be decoded. */
public class KeyFormatException extends CredentialFormatException {

	public KeyFormatException(String message) {
		super(message);
	}

}
