package org.microcred.organization.web;

import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationDetails;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form behind creating and editing an issuer or district. */
record OrganizationForm(@NotBlank(message = "Please enter a name.") @Size(max = 200,
		message = "Please keep the name to 200 characters or fewer.") String name,
		@Size(max = 40, message = "Please keep it to 40 characters.") String category,
		@NotBlank(message = "Choose a country.") String country,
		@Size(max = 120, message = "Please keep it to 120 characters.") String region,
		@Size(max = 500, message = "That address is too long.") String website,
		@Size(max = 254, message = "That address is too long.") String contactEmail,
		@Size(max = 2000, message = "Please keep the description to 2,000 characters.") String description,
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
