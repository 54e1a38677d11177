package org.microcred.badge.vc.verify;

import org.microcred.badge.vc.ExplainedException;
import org.microcred.badge.vc.VerificationMessage;

/** A document could not be fetched; the message says why (timeout, refused address, too large...). */
public class FetchException extends ExplainedException {

	/** For fetchers outside the engine whose text has no key (shown as it is). */
	public FetchException(String message) {
		this(VerificationMessage.verbatim(message), null);
	}

	public FetchException(VerificationMessage detail) {
		this(detail, null);
	}

	public FetchException(VerificationMessage detail, Throwable cause) {
		super(detail, cause);
	}

}
