package org.microcred.organization;

/** The kinds of roster file an import accepts. */
public enum RosterFormat {

	/** OneRoster 1.2 CSV: orgs.csv and users.csv, uploaded separately or in a zip. */
	ONEROSTER,

	/** The documented one-file template: school, teacher_id, given_name, family_name, email, state_license_number. */
	TEMPLATE

}
