package org.microcred.integration.internal;

/** An Idempotency-Key used before with another request body (422). */
public class IdempotencyConflict extends RuntimeException {

	public IdempotencyConflict() {
		super("The Idempotency-Key was used before with another request");
	}

}
