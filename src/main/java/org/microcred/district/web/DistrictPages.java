package org.microcred.district.web;

import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every district page needs: the district, checked to be one the person administers. */
@Component
class DistrictPages {

	private final OrganizationService organizations;

	DistrictPages(OrganizationService organizations) {
		this.organizations = organizations;
	}

	Organization district(CurrentUser user, UUID id, Model model) {
		Organization district = organizations.requireDistrictAdmin(user, new OrganizationId(id));
		model.addAttribute("district", district);
		return district;
	}

}
