package org.microcred.badge;

import java.util.UUID;

/** Identifies an issued credential (its public page is /credentials/{id}). */
public record IssuedCredentialId(UUID value) {

	public IssuedCredentialId {
		if (value == null) {
			throw new IllegalArgumentException("An issued credential id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
