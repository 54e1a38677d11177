package org.microcred.organization.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.organization.School;
import org.microcred.organization.roster.Inputs.Parsed;
import org.microcred.organization.roster.Inputs.SchoolInput;
import org.microcred.organization.roster.Inputs.TeacherInput;
import org.microcred.organization.roster.Plan.Action;
import org.microcred.organization.roster.Plan.DistrictState;
import org.microcred.organization.roster.Plan.MemberState;
import org.microcred.organization.roster.Plan.PlannedSchool;
import org.microcred.organization.roster.Plan.PlannedTeacher;
import org.microcred.platform.Msg;

/**
 * Compares the files with the district: schools match by sourcedId, then by name; teachers by sourcedId within the
 * district, then by e-mail address. Only what the file states changes (a blank licence keeps the stored one).
 */
final class RosterPlanner {

	private RosterPlanner() {
	}

	/**
	 * The administrator's answers to "did you mean …?" for schools of the file that are not in the district:
	 * {@code mapped} sends a school (by its key) to an existing school, {@code created} keeps it a new school.
	 */
	record SchoolChoices(Map<String, UUID> mapped, Set<String> created) {

		static final SchoolChoices NONE = new SchoolChoices(Map.of(), Set.of());

	}

	static Plan plan(Parsed parsed, DistrictState state, boolean deactivateMissing) {
		return plan(parsed, state, deactivateMissing, SchoolChoices.NONE);
	}

	static Plan plan(Parsed parsed, DistrictState state, boolean deactivateMissing, SchoolChoices choices) {
		Problems problems = new Problems();
		Map<String, UUID> schoolKeys = new HashMap<>();
		List<PlannedSchool> schools = planSchools(parsed.schools(), state.schools(), schoolKeys, problems, choices);
		Map<UUID, MemberState> byAccount = new HashMap<>();
		Map<String, MemberState> bySourcedId = new HashMap<>();
		for (MemberState m : state.members()) {
			byAccount.put(m.accountId(), m);
			if (m.sourcedId() != null) {
				bySourcedId.put(m.sourcedId(), m);
			}
		}
		Map<UUID, Integer> claimed = new HashMap<>();
		List<PlannedTeacher> teachers = new ArrayList<>(parsed.teachers().size());
		for (TeacherInput in : parsed.teachers()) {
			MemberState member = in.sourcedId() == null ? null : bySourcedId.get(in.sourcedId());
			UUID account = member != null ? member.accountId()
					: state.accountsByEmail().get(in.email().toLowerCase(Locale.ROOT));
			if (member == null && account != null) {
				member = byAccount.get(account);
			}
			if (account != null && claimed.putIfAbsent(account, in.row()) != null) {
				problems.add(in.file(), in.row(), "email", Msg.of("organization.roster.same-person", claimed.get(account)));
				continue;
			}
			UUID school = null;
			if (in.schoolKey() != null && !parsed.districtOrgs().contains(in.schoolKey())) {
				school = schoolKeys.get(in.schoolKey());
				if (school == null) {
					problems.add(in.file(), in.row(), in.file().contains("users") ? "orgSourcedIds" : "school",
							Msg.of("organization.roster.unknown-school", RosterReader.shorten(in.schoolKey())));
					continue;
				}
			}
			teachers.add(planTeacher(in, member, account, school));
		}
		if (deactivateMissing) {
			if (parsed.teachers().isEmpty()) {
				problems.add("", null, null, Msg.of("organization.roster.no-teachers"));
			}
			for (MemberState m : state.members()) {
				if (m.active() && !claimed.containsKey(m.accountId())) {
					teachers.add(new PlannedTeacher(new TeacherInput(null, 0, m.sourcedId(), m.displayName(), "",
							m.email(), null, null, false), Action.DEACTIVATE, m.accountId(), m.schoolId(),
							Msg.of("organization.roster.detail.not-in-file")));
				}
			}
		}
		return new Plan(schools, teachers, problems);
	}

	private static PlannedTeacher planTeacher(TeacherInput in, MemberState member, UUID account, UUID school) {
		if (!in.active()) {
			return member != null && member.active()
					? new PlannedTeacher(in, Action.DEACTIVATE, account, member.schoolId(),
							Msg.of("organization.roster.detail.disabled"))
					: new PlannedTeacher(in, Action.SKIP, account, null, Msg.of("organization.roster.detail.disabled-not-added"));
		}
		if (member == null) {
			return new PlannedTeacher(in, Action.ADD, account, school,
					Msg.of(account == null ? "organization.roster.detail.new-account"
							: "organization.roster.detail.existing-account"));
		}
		List<Msg> changes = new ArrayList<>();
		if (school != null && !school.equals(member.schoolId())) {
			changes.add(Msg.of("organization.roster.detail.school"));
		}
		if (in.license() != null && !in.license().equals(member.license())) {
			changes.add(Msg.of("organization.roster.detail.license"));
		}
		if (in.sourcedId() != null && !in.sourcedId().equals(member.sourcedId())) {
			changes.add(Msg.of("organization.roster.detail.roster-id"));
		}
		if (!member.active()) {
			changes.add(Msg.of("organization.roster.detail.reactivated"));
		}
		return changes.isEmpty() ? new PlannedTeacher(in, Action.UNCHANGED, account, member.schoolId(), null)
				: new PlannedTeacher(in, Action.UPDATE, account, school, Msg.list(changes));
	}

	private static List<PlannedSchool> planSchools(List<SchoolInput> inputs, List<School> existing,
			Map<String, UUID> keys, Problems problems, SchoolChoices choices) {
		Map<String, School> bySourcedId = new HashMap<>();
		Map<String, School> byName = new HashMap<>();
		Map<UUID, School> byId = new HashMap<>();
		for (School s : existing) {
			byId.put(s.id().value(), s);
			byName.put(s.name().toLowerCase(Locale.ROOT), s);
			if (s.sourcedId() != null) {
				bySourcedId.put(s.sourcedId(), s);
				keys.put(s.sourcedId(), s.id().value());
			}
		}
		existing.forEach(s -> keys.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s.id().value()));
		Set<UUID> matched = new HashSet<>();
		List<PlannedSchool> planned = new ArrayList<>();
		int asked = 0;
		for (SchoolInput in : inputs) {
			School bySource = in.sourcedId() == null ? null : bySourcedId.get(in.sourcedId());
			School named = byName.get(in.name().toLowerCase(Locale.ROOT));
			UUID choice = bySource == null ? choices.mapped().get(in.key()) : null;
			School chosen = choice == null ? null : byId.get(choice);
			School match = bySource != null ? bySource : chosen != null ? chosen : named;
			if (chosen == null && (named != null && !named.equals(match) || named != null && bySource == null && in.sourcedId() != null
					&& named.sourcedId() != null && !named.sourcedId().equals(in.sourcedId()))) {
				problems.add(in.file(), in.row(), "name", named.sourcedId() == null
						? Msg.of("organization.roster.school-exists-without-id", named.name())
						: Msg.of("organization.roster.school-exists", named.name(), named.sourcedId()));
				continue;
			}
			if (match != null && !matched.add(match.id().value())) {
				problems.add(in.file(), in.row(), "name", Msg.of("organization.roster.same-school"));
				continue;
			}
			UUID id = match == null ? UUID.randomUUID() : match.id().value();
			keys.put(in.key(), id);
			if (match == null) {
				boolean ask = !choices.created().contains(in.key()) && asked++ < SchoolNames.MAX_SUGGESTIONS;
				var suggestion = ask ? SchoolNames.nearest(in.name(), existing, School::name)
						: java.util.Optional.<School>empty();
				planned.add(new PlannedSchool(in, Action.ADD, id,
						suggestion.map(s -> Msg.of("organization.roster.detail.did-you-mean", s.name())).orElse(null)));
			}
			else {
				planned.add(schoolChange(in, match, match == chosen));
			}
		}
		return planned;
	}

	/** {@code chosen}: the administrator sent this school of the file to the existing one, which keeps its name. */
	private static PlannedSchool schoolChange(SchoolInput in, School match, boolean chosen) {
		List<Msg> changes = new ArrayList<>();
		// matched by name alone (the template), a difference in letter case is no reason to rename the school
		boolean renamed = !chosen && (in.sourcedId() == null ? !match.name().equalsIgnoreCase(in.name())
				: !match.name().equals(in.name()));
		if (renamed) {
			changes.add(Msg.of("organization.roster.detail.renamed", match.name()));
		}
		if (in.sourcedId() != null && !in.sourcedId().equals(match.sourcedId())) {
			changes.add(Msg.of("organization.roster.detail.roster-id"));
		}
		if (!match.active()) {
			changes.add(Msg.of("organization.roster.detail.reactivated"));
		}
		Action action = changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
		if (chosen) {
			changes.add(0, Msg.of("organization.roster.detail.mapped", match.name()));
		}
		return new PlannedSchool(in, action, match.id().value(), Msg.list(changes), chosen);
	}

}
