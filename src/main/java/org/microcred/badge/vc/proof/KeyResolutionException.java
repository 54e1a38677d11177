package org.microcred.badge.vc.proof;

/** A verification method could not be resolved to a key usable for the proof's purpose. */
public class KeyResolutionException extends RuntimeException {

	public KeyResolutionException(String message) {
		super(message);
	}

	public KeyResolutionException(String message, Throwable cause) {
		super(message, cause);
	}

}
