package org.microcred.identity;

/**
 * What a person may do. Most roles are held within one organization (an issuer or a district); a person may hold
 * several roles, in several organizations.
 */
public enum Role {

	TEACHER("Teacher", false, "/teacher"),
	REVIEWER("Reviewer", true, "/reviewer"),
	ISSUER_ADMIN("Issuer administrator", true, "/manage/issuers/{org}"),
	QUALITY_REVIEWER("Quality reviewer", true, "/quality"),
	DISTRICT_ADMIN("District administrator", true, "/manage/districts/{org}"),
	PLATFORM_ADMIN("Platform administrator", false, "/admin");

	private final String label;

	private final boolean scoped;

	private final String home;

	Role(String label, boolean scoped, String home) {
		this.label = label;
		this.scoped = scoped;
		this.home = home;
	}

	public String label() {
		return label;
	}

	/** Whether the role is always held within one organization. */
	public boolean scoped() {
		return scoped;
	}

	/** The home page of someone acting in this role. */
	public String homePath(java.util.UUID organization) {
		return organization == null ? home.replace("/{org}", "") : home.replace("{org}", organization.toString());
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
