package org.microcred.organization.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterChange;
import org.microcred.organization.RosterFile;
import org.microcred.organization.RosterFormat;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterProblem;
import org.microcred.organization.roster.Inputs.Parsed;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster import's work behind {@code RosterImportService} (which checks who may do what): the dry run, and
 * reading imports back.
 */
@Component
public class RosterImports {

	private final RosterStore store;

	private final RosterApplier applier;

	private final RosterStaging staging;

	RosterImports(RosterStore store, RosterApplier applier, RosterStaging staging) {
		this.store = store;
		this.applier = applier;
		this.staging = staging;
	}

	/**
	 * Reads and checks the files (in the format given, or, when it is null, the one {@link #recognise recognised}
	 * from the files), plans the changes and stores both; changes nothing else, except that the district's earlier
	 * unconfirmed dry runs are discarded (this one replaces them).
	 */
	@Transactional
	public UUID dryRun(OrganizationId district, RosterFormat format, List<RosterFile> uploads,
			boolean deactivateMissing, boolean sendInvitations, AccountId by) {
		long started = System.nanoTime();
		Problems problems = new Problems();
		List<Msg> notes = new ArrayList<>();
		Parsed parsed;
		RosterFormat used;
		try (RosterFiles files = new RosterFiles(uploads, problems)) {
			used = format != null ? format : recognise(uploads, files);
			if (format == null) {
				notes.add(Msg.of(used == RosterFormat.TEMPLATE ? "organization.roster.note.read-as-template"
						: "organization.roster.note.read-as-oneroster"));
			}
			parsed = read(used, files, problems, notes);
		}
		Plan plan = RosterPlanner.plan(parsed, applier.state(district, parsed), deactivateMissing);
		problems.list().addAll(plan.problems().list());
		notes.addAll(parsed.notes());
		UUID id = UUID.randomUUID();
		String names = uploads.stream().map(RosterFile::name).collect(Collectors.joining(", "));
		store.insert(id, district, used.name(), names, problems.isEmpty() ? "READY" : "INVALID", deactivateMissing,
				sendInvitations, by == null ? null : by.value(), (System.nanoTime() - started) / 1_000_000,
				plan.counts(), Msg.sentences(notes), plan.changes());
		store.insertRows(id, staged(plan, parsed));
		store.insertProblems(id, problems.list());
		staging.supersede(district, id);
		return id;
	}

	/**
	 * The format of the files given: OneRoster when there is a zip, an orgs.csv or a users.csv (or several files),
	 * the one-file template otherwise.
	 */
	static RosterFormat recognise(List<RosterFile> uploads, RosterFiles files) {
		boolean zip = uploads.stream().anyMatch(f -> f.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip"));
		boolean oneRosterNames = files.named("users.csv") != null || files.named("orgs.csv") != null;
		return zip || oneRosterNames || files.all().size() > 1 ? RosterFormat.ONEROSTER : RosterFormat.TEMPLATE;
	}

	private static Parsed read(RosterFormat format, RosterFiles files, Problems problems, List<Msg> notes) {
		RosterReader reader = new RosterReader(problems);
		if (format == RosterFormat.TEMPLATE) {
			List<RosterFile> csv = files.all();
			if (csv.size() != 1) {
				problems.add("", null, null, Msg.of("organization.roster.template-one-file"));
				return new Parsed(List.of(), List.of(), java.util.Set.of(), List.of());
			}
			return reader.template(csv.get(0).name(), csv.get(0).content());
		}
		RosterFile users = files.named("users.csv");
		RosterFile orgs = files.named("orgs.csv");
		for (RosterFile f : files.all()) {
			if (f != users && f != orgs) {
				notes.add(Msg.of("organization.roster.note.ignored-file", f.name()));
			}
		}
		if (users == null) {
			problems.add("users.csv", null, null, Msg.of("organization.roster.users-missing"));
			return new Parsed(List.of(), List.of(), java.util.Set.of(), List.of());
		}
		return reader.oneRoster("orgs.csv", orgs == null ? null : orgs.content(), "users.csv", users.content());
	}

	static List<StagedRow> staged(Plan plan, Parsed parsed) {
		List<StagedRow> rows = new ArrayList<>(plan.schools().size() + plan.teachers().size());
		plan.schools().forEach(s -> rows.add(new StagedRow(s.in().file(), s.in().row(), "SCHOOL", s.action().name(),
				s.in().sourcedId(), s.in().name(), null, null, null, s.in().key(), null, true, s.detail())));
		plan.teachers().forEach(t -> {
			var in = t.in();
			String school = in.schoolKey() == null || parsed.districtOrgs().contains(in.schoolKey()) ? null
					: in.schoolKey();
			rows.add(new StagedRow(in.file(), in.row() == 0 ? null : in.row(), "TEACHER", t.action().name(),
					in.sourcedId(), in.displayName(), in.givenName(), in.familyName(), in.email(), school, in.license(),
					in.active(), t.detail()));
		});
		return rows;
	}

	public RosterImport find(UUID id) {
		return store.find(id).orElse(null);
	}

	public PageResult<RosterImport> list(OrganizationId district, PageRequest page) {
		return new PageResult<>(store.list(district, page.size(), page.offset()), page.page(), page.size(),
				store.count(district));
	}

	public PageResult<RosterProblem> problems(UUID id, PageRequest page) {
		RosterImport job = find(id);
		return new PageResult<>(store.problems(id, page.size(), page.offset()), page.page(), page.size(),
				job.problemCount());
	}

	public PageResult<RosterChange> changes(UUID id, boolean all, PageRequest page) {
		return new PageResult<>(store.changes(id, all, page.size(), page.offset()), page.page(), page.size(),
				store.countChanges(id, all));
	}

	/** READY → CONFIRMED (a worker picks it up); false when the import is not READY. */
	@Transactional
	public boolean confirm(UUID id) {
		return store.setStatus(id, "READY", "CONFIRMED");
	}

	/** READY or INVALID → DISCARDED, deleting its staged rows and problems; false when it was neither. */
	@Transactional
	public boolean discard(UUID id) {
		return staging.discard(id);
	}

}
