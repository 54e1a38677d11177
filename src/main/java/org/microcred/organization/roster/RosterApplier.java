package org.microcred.organization.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.BulkAccountService;
import org.microcred.identity.NewAccount;
import org.microcred.identity.PasswordResetService;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.RosterImport;
import org.microcred.organization.roster.Inputs.Parsed;
import org.microcred.organization.roster.Inputs.SchoolInput;
import org.microcred.organization.roster.Inputs.TeacherInput;
import org.microcred.organization.roster.Plan.Action;
import org.microcred.organization.roster.Plan.DistrictState;
import org.microcred.organization.roster.Plan.PlannedSchool;
import org.microcred.organization.roster.Plan.PlannedTeacher;
import org.microcred.platform.ConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a confirmed import in one transaction: plans it again against the district as it is now (so applying
 * twice, or after a crash, changes nothing more), then writes in batches, reporting progress as it goes.
 */
@Component
class RosterApplier {

	interface Progress {
		void report(int done, int total);
	}

	private final RosterStore store;

	private final RosterWrites writes;

	private final BulkAccountService accounts;

	private final PasswordResetService resets;

	private final OrganizationService organizations;

	private final RosterStaging staging;

	private final RosterSchoolChoices choices;

	private final org.springframework.context.ApplicationEventPublisher events;

	RosterApplier(RosterStore store, RosterWrites writes, BulkAccountService accounts, PasswordResetService resets,
			OrganizationService organizations, RosterStaging staging, RosterSchoolChoices choices,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.choices = choices;
		this.staging = staging;
		this.writes = writes;
		this.accounts = accounts;
		this.resets = resets;
		this.organizations = organizations;
	}

	DistrictState state(OrganizationId district, Parsed parsed) {
		Map<String, AccountId> byEmail = accounts.idsByEmail(parsed.teachers().stream().map(TeacherInput::email).toList());
		Map<String, UUID> ids = new java.util.HashMap<>();
		byEmail.forEach((email, id) -> ids.put(email, id.value()));
		return new DistrictState(organizations.schoolsOf(district), writes.members(district), ids);
	}

	@Transactional
	void apply(UUID importId, Progress progress) {
		long started = System.nanoTime();
		// held until this transaction ends: the import page trusts the progress only while it is
		store.lockForApply(importId);
		RosterImport job = store.find(importId).orElseThrow();
		OrganizationId district = job.districtId();
		writes.lockDistrict(district);
		Parsed parsed = reload(importId);
		Plan plan = RosterPlanner.plan(parsed, state(district, parsed), job.deactivateMissing(), choices.load(importId));
		if (!plan.problems().isEmpty()) {
			var first = plan.problems().list().get(0);
			throw new ConflictException("organization.roster.changed-since-dry-run", first.message());
		}
		int total = plan.changes();
		int done = 0;
		progress.report(0, total);
		List<PlannedSchool> newSchools = plan.schools().stream().filter(s -> s.action() == Action.ADD).toList();
		List<PlannedSchool> changedSchools = plan.schools().stream().filter(s -> s.action() == Action.UPDATE).toList();
		if (!newSchools.isEmpty()) {
			writes.addSchools(district, newSchools);
		}
		if (!changedSchools.isEmpty()) {
			writes.updateSchools(changedSchools);
		}
		done += newSchools.size() + changedSchools.size();
		List<PlannedTeacher> placed = plan.teachers().stream()
			.filter(t -> t.action() == Action.ADD || t.action() == Action.UPDATE).toList();
		RoleGrant teacher = new RoleGrant(Role.TEACHER, district.value());
		List<AccountId> created = new ArrayList<>();
		for (int from = 0; from < placed.size(); from += RosterWrites.CHUNK) {
			List<PlannedTeacher> chunk = placed.subList(from, Math.min(placed.size(), from + RosterWrites.CHUNK));
			Map<String, AccountId> newAccounts = accounts.registerAllWithoutPassword(chunk.stream()
				.filter(t -> t.accountId() == null)
				.map(t -> new NewAccount(t.in().displayName(), t.in().email()))
				.toList(), teacher);
			created.addAll(newAccounts.values());
			List<UUID> ids = chunk.stream().map(t -> t.accountId() != null ? t.accountId()
					: newAccounts.get(t.in().email().toLowerCase(Locale.ROOT)).value()).toList();
			accounts.grantAll(chunk.stream().filter(t -> t.accountId() != null).map(t -> new AccountId(t.accountId()))
				.toList(), teacher);
			writes.upsertMembers(district, chunk, ids);
			done += chunk.size();
			progress.report(done, total);
		}
		List<UUID> leaving = plan.teachers().stream().filter(t -> t.action() == Action.DEACTIVATE)
			.map(PlannedTeacher::accountId).toList();
		if (!leaving.isEmpty()) {
			writes.deactivate(district, leaving);
		}
		if (job.sendInvitations() && !created.isEmpty()) {
			resets.sendWelcomeLinks(created, organizations.get(district).name());
		}
		staging.removeUnchangedRows(importId);
		store.finish(importId, plan.counts(), (System.nanoTime() - started) / 1_000_000, total);
		events.publishEvent(new org.microcred.organization.RosterImported(importId, district, plan.counts(),
				java.time.Instant.now()));
	}

	/** The rows the dry run read from the files, as the planner takes them. */
	Parsed reload(UUID importId) {
		List<SchoolInput> schools = new ArrayList<>();
		List<TeacherInput> teachers = new ArrayList<>();
		store.forEachInputRow(importId, rs -> {
			if ("SCHOOL".equals(rs.getString("kind"))) {
				schools.add(new SchoolInput(rs.getString("file"), rs.getInt("row_no"), rs.getString("school_ref"),
						rs.getString("sourced_id"), rs.getString("name")));
			}
			else {
				teachers.add(new TeacherInput(rs.getString("file"), rs.getInt("row_no"), rs.getString("sourced_id"),
						rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"),
						rs.getString("school_ref"), rs.getString("license"), rs.getBoolean("active")));
			}
		});
		Set<String> none = new HashSet<>();
		return new Parsed(schools, teachers, none, List.of());
	}

}
