package org.microcred.organization;

/**
 * A school of a roster file that is not in the district but whose name is close to one that is: "Lincon
 * Elementary → did you mean Lincoln Elementary School?". {@code key} identifies the file's school when answering.
 */
public record RosterSchoolSuggestion(String file, Integer row, String key, String name, SchoolId existingId,
		String existingName) {
}
