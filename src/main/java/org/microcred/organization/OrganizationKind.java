package org.microcred.organization;

/** Issuers award micro-credentials; districts employ the teachers who earn them. */
public enum OrganizationKind {

	ISSUER, DISTRICT;

	/** The bundle key of the kind's name ({@code organization.issuer}); its messages share the prefix. */
	public String messageKey() {
		return "organization." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
