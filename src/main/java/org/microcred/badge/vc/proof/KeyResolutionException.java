package org.microcred.badge.vc.proof;

import org.microcred.badge.vc.ExplainedException;
import org.microcred.badge.vc.VerificationMessage;

/** A verification method could not be resolved to a key usable for the proof's purpose. */
public class KeyResolutionException extends ExplainedException {

	public KeyResolutionException(VerificationMessage detail) {
		this(detail, null);
	}

	public KeyResolutionException(VerificationMessage detail, Throwable cause) {
		super(detail, cause);
	}

}
