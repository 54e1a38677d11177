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

	/** The English name, for logs and the console; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the role's name, e.g. {@code identity.role.issuer-admin}. */
	public String messageKey() {
		return "identity.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
