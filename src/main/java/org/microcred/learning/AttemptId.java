package org.microcred.learning;

import java.util.UUID;

/** Identifies one submitted attempt. */
public record AttemptId(UUID value) {

	public AttemptId {
		if (value == null) {
			throw new IllegalArgumentException("An attempt id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
