package org.microcred.organization.roster;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.microcred.organization.School;
import org.microcred.platform.Msg;
import org.microcred.organization.roster.Inputs.SchoolInput;
import org.microcred.organization.roster.Inputs.TeacherInput;

/** What an import changes, row by row, computed against the district as it is now. */
record Plan(List<PlannedSchool> schools, List<PlannedTeacher> teachers, Problems problems) {

	enum Action {
		ADD, UPDATE, UNCHANGED, DEACTIVATE, SKIP
	}

	/**
	 * {@code schoolId} is the existing school's id, or the id the new school will get; {@code chosen}: the
	 * administrator sent this school of the file to an existing school, which keeps its own name.
	 */
	record PlannedSchool(SchoolInput in, Action action, UUID schoolId, Msg detail, boolean chosen) {

		PlannedSchool(SchoolInput in, Action action, UUID schoolId, Msg detail) {
			this(in, action, schoolId, detail, false);
		}

		/** The name the school gets, or null to keep the one it has. */
		String nameToStore() {
			return chosen ? null : in.name();
		}

	}

	/** {@code accountId} is null for a person who gets a new account; {@code in.row()} is 0 for someone missing. */
	record PlannedTeacher(TeacherInput in, Action action, UUID accountId, UUID schoolId, Msg detail) {
	}

	/** A district member as the plan needs them. */
	record MemberState(UUID accountId, String displayName, String email, UUID schoolId, String license,
			String sourcedId, boolean active) {
	}

	/** The district as it is: its schools, its members, and the accounts the file's e-mail addresses belong to. */
	record DistrictState(List<School> schools, List<MemberState> members, Map<String, UUID> accountsByEmail) {
	}

	/** Counts like {@code TEACHER.ADD → 12}. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		schools.forEach(s -> counts.merge("SCHOOL." + s.action(), 1, Integer::sum));
		teachers.forEach(t -> counts.merge("TEACHER." + t.action(), 1, Integer::sum));
		return counts;
	}

	/** How many rows change something (the apply step's progress counts these). */
	int changes() {
		return (int) (schools.stream().filter(s -> changes(s.action())).count()
				+ teachers.stream().filter(t -> changes(t.action())).count());
	}

	static boolean changes(Action action) {
		return action == Action.ADD || action == Action.UPDATE || action == Action.DEACTIVATE;
	}

}
