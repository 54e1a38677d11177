package org.microcred.organization;

import java.time.Instant;

/**
 * An issuer or a district as other modules and pages see it.
 *
 * @param category for issuers, the kind of body (non-profit, university, state agency…)
 * @param country ISO 3166-1 alpha-2 code
 */
public record Organization(OrganizationId id, OrganizationKind kind, String name, String category, String country,
		String region, String website, String contactEmail, String description, boolean hasLogo, Instant createdAt,
		int version) {

	/** The country's English name, for pages. */
	public String countryName() {
		return new java.util.Locale.Builder().setRegion(country).build().getDisplayCountry(java.util.Locale.ENGLISH);
	}

}
