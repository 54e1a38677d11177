package org.microcred.organization;

import java.util.List;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.organization.roster.RosterImports;
import org.microcred.organization.roster.RosterSchoolMatching;
import org.microcred.platform.ConflictException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.stereotype.Service;

/**
 * Roster imports for district administrators: upload OneRoster CSV or the template, read the dry run, confirm; the
 * import then runs in the background. Only the district's administrators (and platform administrators) may see or
 * act on a district's imports.
 */
@Service
public class RosterImportService {

	/** The template's header and an example row, offered for download on the import page. */
	public static final String TEMPLATE = """
			school,teacher_id,given_name,family_name,email,state_license_number
			Lincoln Elementary,T-1001,Ada,Lovelace,ada.lovelace@example.org,SL-12345
			""";

	/** The template's columns, as its header names them (the same in every language). */
	public static final String TEMPLATE_COLUMNS = TEMPLATE.lines().findFirst().orElseThrow().replace(",", ", ");

	private final OrganizationService organizations;

	private final RosterImports imports;

	private final RosterSchoolMatching matching;

	RosterImportService(OrganizationService organizations, RosterImports imports, RosterSchoolMatching matching) {
		this.matching = matching;
		this.organizations = organizations;
		this.imports = imports;
	}

	/**
	 * Reads and checks the files and stores what importing them would change. Nothing else changes.
	 * @param format the files' format, or null to recognise it from the files (a zip, orgs.csv or users.csv:
	 * OneRoster; one other CSV file: the template)
	 * @return the import, READY to confirm or INVALID with its problems
	 */
	public RosterImport dryRun(CurrentUser user, OrganizationId district, RosterFormat format, List<RosterFile> files,
			boolean deactivateMissing, boolean sendInvitations) {
		organizations.requireDistrictAdmin(user, district);
		UUID id = imports.dryRun(district, format, files, deactivateMissing, sendInvitations, user.id());
		return imports.find(id);
	}

	public RosterImport get(CurrentUser user, OrganizationId district, UUID importId) {
		organizations.requireDistrictAdmin(user, district);
		RosterImport found = imports.find(importId);
		if (found == null || !found.districtId().equals(district)) {
			throw new NotFoundException("organization.roster.not-found");
		}
		return found;
	}

	public PageResult<RosterImport> list(CurrentUser user, OrganizationId district, PageRequest page) {
		organizations.requireDistrictAdmin(user, district);
		return imports.list(district, page);
	}

	public PageResult<RosterProblem> problems(CurrentUser user, OrganizationId district, UUID importId,
			PageRequest page) {
		get(user, district, importId);
		return imports.problems(importId, page);
	}

	/** The rows that change something, or every row when {@code all}. */
	public PageResult<RosterChange> changes(CurrentUser user, OrganizationId district, UUID importId, boolean all,
			PageRequest page) {
		get(user, district, importId);
		return imports.changes(importId, all, page);
	}

	/**
	 * Starts applying a checked import in the background.
	 * @throws ConflictException when the dry run found problems or the import was already confirmed
	 */
	public void confirm(CurrentUser user, OrganizationId district, UUID importId) {
		RosterImport found = get(user, district, importId);
		if (!imports.confirm(importId)) {
			throw new ConflictException(found.problemCount() > 0 ? "organization.roster.has-problems"
					: "organization.roster.already-confirmed");
		}
	}

	/** Schools of a ready dry run that may already exist in the district under a slightly different name. */
	public List<RosterSchoolSuggestion> schoolSuggestions(CurrentUser user, OrganizationId district, UUID importId) {
		RosterImport found = get(user, district, importId);
		return "READY".equals(found.status()) ? matching.suggestions(importId, district) : List.of();
	}

	/**
	 * Answers "did you mean …?" for a school of the file: send it to the district's existing school, or (null)
	 * create it as a new school. The dry run's counts and rows follow.
	 * @throws ConflictException when the import is no longer a dry run waiting for confirmation
	 */
	public void chooseSchool(CurrentUser user, OrganizationId district, UUID importId, String schoolKey,
			SchoolId existing) {
		get(user, district, importId);
		if (!matching.chooseSchool(importId, schoolKey, existing == null ? null : existing.value())) {
			throw new ConflictException("organization.roster.choice.not-ready");
		}
	}

	public void discard(CurrentUser user, OrganizationId district, UUID importId) {
		get(user, district, importId);
		if (!imports.discard(importId)) {
			throw new ConflictException("organization.roster.discard-confirmed");
		}
	}

}
