package org.microcred.organization;

import java.util.UUID;

/** Identifies an issuer or a district across modules. */
public record OrganizationId(UUID value) {

	public OrganizationId {
		if (value == null) {
			throw new IllegalArgumentException("An organization id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
