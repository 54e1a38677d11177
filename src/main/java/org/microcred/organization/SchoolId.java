package org.microcred.organization;

import java.util.UUID;

/** Identifies a school of a district. */
public record SchoolId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
