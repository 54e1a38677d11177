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

	/** The country's English name, for documents that are not in a reader's language. */
	public String countryName() {
		return countryName(java.util.Locale.ENGLISH);
	}

	/** The country's name in a language, for pages ({@code ${o.countryName(#locale)}}). */
	public String countryName(java.util.Locale language) {
		return new java.util.Locale.Builder().setRegion(country).build().getDisplayCountry(language);
	}

}
