package org.microcred.organization.web;

import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationDetails;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form behind creating and editing an issuer or district. */
record OrganizationForm(@NotBlank(message = "{platform.name.required}") @Size(max = 200,
		message = "{organization.form.name.too-long}") String name,
		@Size(max = 40, message = "{organization.form.category.too-long}") String category,
		@NotBlank(message = "{organization.form.country.required}") String country,
		@Size(max = 120, message = "{organization.form.region.too-long}") String region,
		@Size(max = 500, message = "{organization.form.address.too-long}") String website,
		@Size(max = 254, message = "{organization.form.address.too-long}") String contactEmail,
		@Size(max = 2000, message = "{organization.form.description.too-long}") String description,
		int version) {

	static OrganizationForm empty() {
		return new OrganizationForm(null, null, "US", null, null, null, null, 0);
	}

	static OrganizationForm of(Organization o) {
		return new OrganizationForm(o.name(), o.category(), o.country(), o.region(), o.website(), o.contactEmail(),
				o.description(), o.version());
	}

	OrganizationDetails details() {
		return new OrganizationDetails(name, category, country, region, website, contactEmail, description);
	}

}
