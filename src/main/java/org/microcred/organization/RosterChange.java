package org.microcred.organization;

/**
 * One row of a roster import and what it changes.
 *
 * @param kind SCHOOL or TEACHER
 * @param action ADD, UPDATE, UNCHANGED, DEACTIVATE or SKIP
 * @param row the spreadsheet row (header = 1), or null for a person missing from the file
 */
public record RosterChange(String file, Integer row, String kind, String action, String sourcedId, String name,
		String email, String detail) {

	public String actionLabel() {
		return switch (action) {
			case "ADD" -> "Add";
			case "UPDATE" -> "Update";
			case "UNCHANGED" -> "Unchanged";
			case "DEACTIVATE" -> "Deactivate";
			case "SKIP" -> "Skip";
			default -> action;
		};
	}

}
