package org.microcred.organization.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.microcred.identity.EmailAddresses;
import org.microcred.organization.roster.Inputs.Parsed;
import org.microcred.organization.roster.Inputs.SchoolInput;
import org.microcred.organization.roster.Inputs.TeacherInput;
import org.microcred.platform.Msg;
import org.microcred.platform.SafeText;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads OneRoster 1.2 CSV ({@code orgs.csv}, {@code users.csv}) or the simple template into {@link Inputs},
 * reporting every unusable row with its file, row and column.
 */
public final class RosterReader {

	static final List<String> ORGS_COLUMNS = List.of("sourcedId", "name", "type");

	static final List<String> USERS_COLUMNS = List.of("sourcedId", "orgSourcedIds", "role", "givenName", "familyName",
			"email");

	static final List<String> TEMPLATE_COLUMNS = List.of("school", "teacher_id", "given_name", "family_name", "email",
			"state_license_number");

	static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9 ./-]{1,50}");

	private static final Pattern USER_ID_LICENSE = Pattern.compile("\\{\\s*stateLicense\\s*:\\s*([^}]*)}",
			Pattern.CASE_INSENSITIVE);

	private final Problems problems;

	private final List<SchoolInput> schools = new ArrayList<>();

	private final List<TeacherInput> teachers = new ArrayList<>();

	private final Set<String> districtOrgs = new HashSet<>();

	private final List<Msg> notes = new ArrayList<>();

	private final Map<String, Integer> teacherIds = new HashMap<>();

	private final Map<String, Integer> emails = new HashMap<>();

	private int ignoredRoles;

	RosterReader(Problems problems) {
		this.problems = problems;
	}

	/** OneRoster: orgs.csv may be null (teachers then refer to schools the district already has). */
	Parsed oneRoster(String orgsName, InputStreamSource orgs, String usersName, InputStreamSource users) {
		Map<String, Integer> schoolIds = new HashMap<>();
		Set<String> schoolNames = new HashSet<>();
		if (orgs != null) {
			CsvInput.read(orgsName, orgs, ORGS_COLUMNS, problems, r -> {
				String id = r.get("sourcedId");
				String type = r.get("type") == null ? "" : r.get("type").toLowerCase(Locale.ROOT);
				if (id == null) {
					problems.add(r.file(), r.row(), "sourcedId", Msg.of("organization.roster.org-needs-id"));
				}
				else if (!type.equals("school")) {
					districtOrgs.add(id);
				}
				else if (unique(schoolIds, id, r, "sourcedId") && validSchoolName(r, "name", schoolNames)) {
					schools.add(new SchoolInput(r.file(), r.row(), id, id, SafeText.clean(r.get("name"))));
				}
			});
		}
		CsvInput.read(usersName, users, USERS_COLUMNS, problems, r -> {
			String role = r.get("role") == null ? "" : r.get("role").toLowerCase(Locale.ROOT);
			if (!role.equals("teacher")) {
				ignoredRoles++;
				return;
			}
			String status = r.get("status");
			String enabled = r.get("enabledUser");
			boolean active = !"tobedeleted".equalsIgnoreCase(status) && !"false".equalsIgnoreCase(enabled);
			teacher(r, r.get("sourcedId"), "sourcedId", r.get("givenName"), r.get("familyName"),
					schoolRef(r.get("orgSourcedIds"), schoolIds.keySet()), license(r), active);
		});
		if (ignoredRoles > 0) {
			notes.add(Msg.of("organization.roster.note.other-roles", ignoredRoles));
		}
		return parsed();
	}

	Parsed template(String name, InputStreamSource file) {
		Map<String, Integer> schoolKeys = new HashMap<>();
		CsvInput.read(name, file, TEMPLATE_COLUMNS, problems, r -> {
			String school = SafeText.clean(r.get("school"));
			String key = school == null ? null : school.toLowerCase(Locale.ROOT);
			if (key != null && !schoolKeys.containsKey(key)) {
				Msg problem = SafeText.problemWithName(school, 200);
				if (problem != null) {
					problems.add(r.file(), r.row(), "school", problem);
					return;
				}
				schoolKeys.put(key, r.row());
				schools.add(new SchoolInput(r.file(), r.row(), key, null, school));
			}
			String license = r.get("state_license_number");
			teacher(r, r.get("teacher_id"), "teacher_id", r.get("given_name"), r.get("family_name"), key,
					checkedLicense(r, "state_license_number", license), true);
		});
		return parsed();
	}

	private Parsed parsed() {
		return new Parsed(schools, teachers, districtOrgs, notes);
	}

	private void teacher(CsvRow r, String sourcedId, String idColumn, String given, String family, String schoolKey,
			String license, boolean active) {
		int before = problems.list().size();
		String email = EmailAddresses.normalize(r.get(r.has("email") ? "email" : "e-mail"));
		if (email == null) {
			problems.add(r.file(), r.row(), "email", Msg.of("organization.roster.email-required"));
		}
		else if (!EmailAddresses.valid(email)) {
			problems.add(r.file(), r.row(), "email", Msg.of("organization.roster.email-invalid", shorten(email)));
		}
		else {
			unique(emails, email.toLowerCase(Locale.ROOT), r, "email");
		}
		if (sourcedId != null) {
			if (sourcedId.length() > 255) {
				problems.add(r.file(), r.row(), idColumn, Msg.of("organization.roster.id-too-long"));
			}
			else {
				unique(teacherIds, sourcedId, r, idColumn);
			}
		}
		else if (idColumn.equals("sourcedId")) {
			problems.add(r.file(), r.row(), idColumn, Msg.of("organization.roster.user-needs-id"));
		}
		String name = SafeText.clean((given == null ? "" : given) + " " + (family == null ? "" : family));
		Msg nameProblem = given == null || family == null ? Msg.of("organization.roster.names-required")
				: SafeText.problemWithName(name, 120);
		if (nameProblem != null) {
			problems.add(r.file(), r.row(), given == null ? "givenName" : "familyName", nameProblem);
		}
		if (problems.list().size() == before) {
			teachers.add(new TeacherInput(r.file(), r.row(), sourcedId, SafeText.clean(given), SafeText.clean(family),
					email, schoolKey, license, active));
		}
	}

	private boolean unique(Map<String, Integer> seen, String key, CsvRow r, String column) {
		Integer first = seen.putIfAbsent(key, r.row());
		if (first != null) {
			problems.add(r.file(), r.row(), column, Msg.of("organization.roster.duplicate", shorten(key), first));
		}
		return first == null;
	}

	private boolean validSchoolName(CsvRow r, String column, Set<String> names) {
		String name = SafeText.clean(r.get(column));
		Msg problem = SafeText.problemWithName(name, 200);
		if (problem == null && !names.add(name.toLowerCase(Locale.ROOT))) {
			problem = Msg.of("organization.roster.school-name-twice");
		}
		if (problem != null) {
			problems.add(r.file(), r.row(), column, problem);
		}
		return problem == null;
	}

	/** The first of the user's orgs that is a school of the file, else the first that is not a district-level org. */
	private String schoolRef(String orgSourcedIds, Set<String> fileSchools) {
		if (orgSourcedIds == null) {
			return null;
		}
		List<String> ids = java.util.Arrays.stream(orgSourcedIds.split(",")).map(String::strip)
			.filter(s -> !s.isEmpty()).toList();
		return ids.stream().filter(fileSchools::contains).findFirst()
			.orElse(ids.stream().filter(id -> !districtOrgs.contains(id)).findFirst().orElse(null));
	}

	/** The licence number: a {@code metadata.stateLicenseNumber} column, else a {@code {stateLicense:…}} userId. */
	private String license(CsvRow r) {
		if (r.has("metadata.stateLicenseNumber")) {
			return checkedLicense(r, "metadata.stateLicenseNumber", r.get("metadata.stateLicenseNumber"));
		}
		String userIds = r.get("userIds");
		Matcher m = userIds == null ? null : USER_ID_LICENSE.matcher(userIds);
		return m != null && m.find() ? checkedLicense(r, "userIds", m.group(1).strip()) : null;
	}

	private String checkedLicense(CsvRow r, String column, String license) {
		if (license != null && !LICENSE.matcher(license).matches()) {
			problems.add(r.file(), r.row(), column, Msg.of("organization.license-invalid"));
		}
		return license;
	}

	static String shorten(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}

}
