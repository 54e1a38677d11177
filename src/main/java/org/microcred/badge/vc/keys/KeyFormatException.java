package org.microcred.badge.vc.keys;

import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.VerificationMessage;

/** A key, multibase value or DID that cannot be decoded. */
public class KeyFormatException extends CredentialFormatException {

	public KeyFormatException(VerificationMessage detail) {
		super(detail);
	}

}
