package org.microcred.badge.vc.proof;

import org.microcred.badge.vc.VerificationMessage;

/** A verification method could not be resolved to a key usable for the proof's purpose. */
public class KeyResolutionException extends RuntimeException implements VerificationMessage.Explained {

	private final VerificationMessage detail;

	public KeyResolutionException(VerificationMessage detail) {
		this(detail, null);
	}

	public KeyResolutionException(VerificationMessage detail, Throwable cause) {
		super(detail.english(), cause);
		this.detail = detail;
	}

	@Override
	public VerificationMessage detail() {
		return this.detail;
	}

}
