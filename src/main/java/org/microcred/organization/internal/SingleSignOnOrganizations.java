package org.microcred.organization.internal;

import java.util.Optional;
import java.util.UUID;

import org.microcred.identity.OrganizationDirectory;
import org.microcred.identity.SingleSignOnAccountCreated;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells single sign-on which organization it works for, and makes its new teachers members of their district. */
@Component
class SingleSignOnOrganizations implements OrganizationDirectory {

	private final OrganizationService organizations;

	SingleSignOnOrganizations(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@Override
	public Optional<Entry> find(UUID organizationId) {
		return organizations.find(new OrganizationId(organizationId))
			.map(o -> new Entry(o.id().value(), o.name(), o.kind() == OrganizationKind.DISTRICT));
	}

	@ApplicationModuleListener
	void on(SingleSignOnAccountCreated created) {
		organizations.placeTeacher(created.accountId(), new OrganizationId(created.districtId()), null, null, null);
	}

}
