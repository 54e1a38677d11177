package org.microcred.catalog;

import java.util.UUID;

/** Identifies one version of a credential design; whatever is earned points at the exact version. */
public record VersionId(UUID value) {

	public VersionId {
		if (value == null) {
			throw new IllegalArgumentException("A version id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
