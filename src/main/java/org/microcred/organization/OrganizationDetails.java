package org.microcred.organization;

import org.microcred.platform.SafeText;

/**
 * What an administrator types about an organization. Values are cleaned on construction.
 */
public record OrganizationDetails(String name, String category, String country, String region, String website,
		String contactEmail, String description) {

	public OrganizationDetails {
		name = SafeText.clean(name);
		category = blankToNull(SafeText.clean(category));
		country = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		region = blankToNull(SafeText.clean(region));
		website = blankToNull(website == null ? null : website.strip());
		contactEmail = blankToNull(contactEmail == null ? null : contactEmail.strip());
		description = blankToNull(description == null ? null : description.strip());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
