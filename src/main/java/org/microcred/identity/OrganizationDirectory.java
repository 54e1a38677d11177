package org.microcred.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * What single sign-on needs to know about an organization, answered by the organization module (which depends on
 * identity, not the other way round).
 */
public interface OrganizationDirectory {

	Optional<Entry> find(UUID organizationId);

	/** @param district whether it is a district (whose teachers single sign-on may create and restrict) */
	record Entry(UUID id, String name, boolean district) {
	}

}
