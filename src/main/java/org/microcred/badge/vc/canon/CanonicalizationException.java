package org.microcred.badge.vc.canon;

import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.VerificationMessage;

/** A document cannot be turned into canonical N-Quads, e.g. it uses a term no context defines. */
public class CanonicalizationException extends CredentialFormatException {

	public CanonicalizationException(VerificationMessage detail, Throwable cause) {
		super(detail, cause);
	}

}
