package org.microcred.organization.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.identity.OrganizationNames;
import org.microcred.organization.Organization;
import org.springframework.stereotype.Component;

/** Gives the identity module the names of organizations (for the role chooser). */
@Component
class OrganizationNamesForIdentity implements OrganizationNames {

	private final OrganizationStore store;

	OrganizationNamesForIdentity(OrganizationStore store) {
		this.store = store;
	}

	@Override
	public Map<UUID, String> namesOf(Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			for (Organization organization : store.findAll(List.copyOf(ids))) {
				names.put(organization.id().value(), organization.name());
			}
		}
		return names;
	}

}
