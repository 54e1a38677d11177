package org.microcred.organization;

/** Issuers award micro-credentials; districts employ the teachers who earn them. */
public enum OrganizationKind {

	ISSUER("Issuer"), DISTRICT("District");

	private final String label;

	OrganizationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
