package org.microcred.catalog;

import java.util.UUID;

/** Identifies a micro-credential or stack across all its versions. */
public record CredentialId(UUID value) {

	public CredentialId {
		if (value == null) {
			throw new IllegalArgumentException("A credential id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
