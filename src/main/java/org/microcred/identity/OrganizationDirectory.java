package org.microcred.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What identity needs to know about organizations (single sign-on, the role chooser), answered by the organization module (which depends on
 * identity, not the other way round).
 */
public interface OrganizationDirectory {

	Optional<Entry> find(UUID organizationId);

	/** The name of each organization found among the ids (unknown ids are left out). */
	Map<UUID, String> namesOf(Collection<UUID> ids);

	/** @param district whether it is a district (whose teachers single sign-on may create and restrict) */
	record Entry(UUID id, String name, boolean district) {
	}

}
