package org.microcred.organization.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterSchoolSuggestion;
import org.microcred.organization.School;
import org.microcred.organization.roster.Inputs.Parsed;
import org.microcred.platform.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Did you mean …?" for the schools of a dry run that are not in the district but whose name is close to one that
 * is, and the administrator's answers, with which the dry run is planned again (behind {@code RosterImportService},
 * which checks who may do what).
 */
@Component
public class RosterSchoolMatching {

	private final RosterStore store;

	private final RosterApplier applier;

	private final RosterSchoolChoices choices;

	private final OrganizationService organizations;

	RosterSchoolMatching(RosterStore store, RosterApplier applier, RosterSchoolChoices choices,
			OrganizationService organizations) {
		this.store = store;
		this.applier = applier;
		this.choices = choices;
		this.organizations = organizations;
	}

	/**
	 * The schools of a ready dry run that would be created although their name is close to an existing school's, and
	 * that the administrator has not answered for yet (at most 100, among the first {@value SchoolNames#MAX_SUGGESTIONS}
	 * new schools).
	 */
	public List<RosterSchoolSuggestion> suggestions(UUID id, OrganizationId district) {
		var answered = choices.load(id);
		List<School> existing = organizations.schoolsOf(district);
		List<RosterSchoolSuggestion> found = new ArrayList<>();
		int[] looked = { 0 };
		store.forEachNewSchool(id, rs -> {
			String key = rs.getString("school_ref");
			String name = rs.getString("name");
			String file = rs.getString("file");
			Integer row = (Integer) rs.getObject("row_no");
			if (found.size() < 100 && !answered.created().contains(key) && looked[0]++ < SchoolNames.MAX_SUGGESTIONS) {
				SchoolNames.nearest(name, existing, School::name)
					.ifPresent(s -> found.add(new RosterSchoolSuggestion(file, row, key, name, s.id(), s.name())));
			}
		});
		return found;
	}

	/**
	 * The administrator's answer for a school of the file that is not in the district: send it to an existing school
	 * of the district ({@code existing}), or create it (null). The dry run is planned again with every answer so far.
	 * @return false when the import is no longer a ready dry run
	 * @throws InvalidInputException when the school or the existing school is unknown, or the answer would make the
	 * import invalid (such as two schools of the file sent to one)
	 */
	@Transactional
	public boolean chooseSchool(UUID id, String schoolKey, UUID existing) {
		if (!store.setStatus(id, "READY", "READY")) {
			return false;
		}
		RosterImport job = store.find(id).orElseThrow();
		Parsed parsed = applier.reload(id);
		if (schoolKey == null || parsed.schools().stream().noneMatch(s -> s.key().equals(schoolKey))) {
			throw new InvalidInputException(null, "organization.roster.choice.unknown-school");
		}
		var state = applier.state(job.districtId(), parsed);
		if (existing != null && state.schools().stream().noneMatch(s -> s.id().value().equals(existing))) {
			throw new InvalidInputException(null, "organization.roster.choice.unknown-school");
		}
		var answers = RosterSchoolChoices.with(choices.load(id), schoolKey, existing);
		Plan plan = RosterPlanner.plan(parsed, state, job.deactivateMissing(), answers);
		if (!plan.problems().isEmpty()) {
			throw new InvalidInputException(null, plan.problems().list().get(0).message());
		}
		choices.save(id, schoolKey, existing);
		store.replacePlan(id, plan.counts(), plan.changes(), RosterImports.staged(plan, parsed));
		return true;
	}

}
