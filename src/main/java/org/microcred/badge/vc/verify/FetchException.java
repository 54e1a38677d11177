package org.microcred.badge.vc.verify;

/** A document could not be fetched; the message says why (timeout, refused address, too large...). */
public class FetchException extends RuntimeException {

	public FetchException(String message) {
		super(message);
	}

	public FetchException(String message, Throwable cause) {
		super(message, cause);
	}

}
