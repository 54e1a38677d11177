package org.microcred.badge.vc;

/**
 * An exception of the engine whose message is a {@link VerificationMessage}: {@link #getMessage()} is its English
 * text, {@link #detail()} the key and arguments the web layer translates.
 */
public abstract class ExplainedException extends RuntimeException implements VerificationMessage.Explained {

	private final VerificationMessage detail;

	protected ExplainedException(VerificationMessage detail, Throwable cause) {
		super(detail.english(), cause);
		this.detail = detail;
	}

	@Override
	public VerificationMessage detail() {
		return this.detail;
	}

}
