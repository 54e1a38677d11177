package org.microcred.organization.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.identity.OrganizationDirectory;
import org.microcred.identity.SingleSignOnAccountCreated;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells identity about organizations: which one single sign-on works for, the names the role chooser shows; and
 * makes teachers created by single sign-on members of their district.
 */
@Component
class OrganizationsForIdentity implements OrganizationDirectory {

	private final OrganizationService organizations;

	private final OrganizationStore store;

	OrganizationsForIdentity(OrganizationService organizations, OrganizationStore store) {
		this.organizations = organizations;
		this.store = store;
	}

	@Override
	public Optional<Entry> find(UUID organizationId) {
		return organizations.find(new OrganizationId(organizationId))
			.map(o -> new Entry(o.id().value(), o.name(), o.kind() == OrganizationKind.DISTRICT));
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

	@ApplicationModuleListener
	void on(SingleSignOnAccountCreated created) {
		organizations.placeTeacher(created.accountId(), new OrganizationId(created.districtId()), null, null, null);
	}

}
