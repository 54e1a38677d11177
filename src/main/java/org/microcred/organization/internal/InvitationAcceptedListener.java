package org.microcred.organization.internal;

import org.microcred.identity.InvitationAccepted;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.SchoolId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A teacher who accepted a district's invitation becomes a member of that district (and school). */
@Component
class InvitationAcceptedListener {

	private final OrganizationService organizations;

	InvitationAcceptedListener(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@ApplicationModuleListener
	void on(InvitationAccepted accepted) {
		if (accepted.role() == Role.TEACHER && accepted.organizationId() != null) {
			organizations.placeTeacher(accepted.accountId(), new OrganizationId(accepted.organizationId()),
					accepted.schoolId() == null ? null : new SchoolId(accepted.schoolId()), null, null);
		}
	}

}
