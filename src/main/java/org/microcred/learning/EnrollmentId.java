package org.microcred.learning;

import java.util.UUID;

/** Identifies a teacher's enrollment in a credential. */
public record EnrollmentId(UUID value) {

	public EnrollmentId {
		if (value == null) {
			throw new IllegalArgumentException("An enrollment id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
