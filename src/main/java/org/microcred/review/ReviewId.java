package org.microcred.review;

import java.util.UUID;

/** Identifies one reviewer's review of one attempt. */
public record ReviewId(UUID value) {

	public ReviewId {
		if (value == null) {
			throw new IllegalArgumentException("A review id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
