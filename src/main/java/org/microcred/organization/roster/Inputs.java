package org.microcred.organization.roster;

import java.util.List;
import java.util.Set;

import org.microcred.platform.Msg;

/** What the reader found in the files, checked field by field but not yet against the district. */
final class Inputs {

	private Inputs() {
	}

	/**
	 * A school of the file. {@code key} is how teacher rows refer to it: its sourcedId (OneRoster), or its name in
	 * lower case (template).
	 */
	record SchoolInput(String file, int row, String key, String sourcedId, String name) {
	}

	/** A teacher of the file; {@code active} is false when the file says the person is disabled or to be deleted. */
	record TeacherInput(String file, int row, String sourcedId, String givenName, String familyName, String email,
			String schoolKey, String license, boolean active) {

		String displayName() {
			return org.microcred.platform.SafeText.clean(givenName + " " + familyName);
		}

	}

	/** The files' content; {@code districtOrgs} are non-school orgs (a teacher placed there gets no school). */
	record Parsed(List<SchoolInput> schools, List<TeacherInput> teachers, Set<String> districtOrgs, List<Msg> notes) {
	}

}
