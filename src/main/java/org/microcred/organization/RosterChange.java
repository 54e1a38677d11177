package org.microcred.organization;

import org.microcred.platform.Msg;

/**
 * One row of a roster import and what it changes.
 *
 * @param kind SCHOOL or TEACHER
 * @param action ADD, UPDATE, UNCHANGED, DEACTIVATE or SKIP
 * @param row the spreadsheet row (header = 1), or null for a person missing from the file
 * @param detail what changes, for people, or null
 */
public record RosterChange(String file, Integer row, String kind, String action, String sourcedId, String name,
		String email, Msg detail) {

	/** The bundle key of the change as people read it, e.g. {@code organization.roster.change.add-teacher}. */
	public String actionKey() {
		return "organization.roster.change." + (action + "-" + kind).toLowerCase(java.util.Locale.ROOT);
	}

}
