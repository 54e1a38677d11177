package org.microcred.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.microcred.organization.roster.RosterFixtures.awaitFinished;
import static org.microcred.organization.roster.RosterFixtures.files;
import static org.microcred.organization.roster.RosterFixtures.header;
import static org.microcred.organization.roster.RosterFixtures.orgs;
import static org.microcred.organization.roster.RosterFixtures.tag;
import static org.microcred.organization.roster.RosterFixtures.teacher;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterFormat;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.microcred.platform.ConflictException;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a roster import leaves behind: no progress from a run that died, and no staged rows beyond what a page
 * still shows (superseded and abandoned dry runs, rows that changed nothing, details past the retention).
 */
class RosterImportHousekeepingIntegrationTests extends IntegrationTest {

	@Autowired
	RosterImportService imports;

	@Autowired
	RosterWorker worker;

	@Autowired
	RosterHousekeeping housekeeping;

	@Autowired
	RosterSettings settings;

	@Autowired
	JdbcClient jdbc;

	record District(OrganizationId id, CurrentUser admin) {
	}

	District district() {
		OrganizationId id = data.district();
		return new District(id, data.admin(Role.DISTRICT_ADMIN, id));
	}

	RosterImport valid(District d) {
		String tag = tag();
		return imports.dryRun(d.admin(), d.id(), RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s2", "active")), false, false);
	}

	/** Two rows that name a school the files do not have: two problems. */
	RosterImport invalid(District d) {
		String tag = tag();
		RosterImport dryRun = imports.dryRun(d.admin(), d.id(), RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s9", "active") + teacher(tag, 2, "s9", "active")), false, false);
		assertThat(dryRun.status()).isEqualTo("INVALID");
		return dryRun;
	}

	long staged(UUID importId) {
		return jdbc.sql("select (select count(*) from roster_import_row where import_id = ?) "
				+ "+ (select count(*) from roster_import_problem where import_id = ?)").params(importId, importId)
			.query(Long.class).single();
	}

	String page(District d, RosterImport job) {
		return browserSession().logIn(d.admin().email(), TestData.PASSWORD)
			.get("/manage/districts/" + d.id() + "/roster/" + job.id()).body();
	}

	@Test
	void afterACrashThePageShowsNoProgressThatWasRolledBack() {
		District d = district();
		RosterImport dryRun = valid(d);
		// the worker was killed 30 s ago, 5,000 changes into its transaction: the transaction (and the lock it held)
		// went with it, while its last heartbeat is within the 2-minute lease, so nobody has taken the import over yet
		jdbc.sql("update roster_import set status = 'APPLYING', attempts = 1, confirmed_at = now(), done_rows = 5000, "
				+ "total_rows = 20000, heartbeat_at = now() - interval '30 seconds' where id = ?").param(dryRun.id()).update();

		String page = page(d, dryRun);
		assertThat(page).doesNotContain("5000 of 20000").doesNotContain("value=\"5000\"")
			.contains("was interrupted").contains("nothing was changed").contains("value=\"0\"");
		assertThat(imports.get(d.admin(), d.id(), dryRun.id()).doneRows()).isZero();
	}

	@Test
	void aNewDryRunReplacesTheUnconfirmedOneAndDeletesItsStagedRows() {
		District d = district();
		RosterImport first = invalid(d);
		assertThat(staged(first.id())).isPositive();

		RosterImport second = valid(d);

		RosterImport replaced = imports.get(d.admin(), d.id(), first.id());
		assertThat(replaced.status()).isEqualTo("DISCARDED");
		assertThat(staged(first.id())).isZero();
		assertThat(page(d, replaced)).contains("Replaced by a newer upload");
		assertThat(imports.get(d.admin(), d.id(), second.id()).status()).isEqualTo("READY");
		assertThatThrownBy(() -> imports.confirm(d.admin(), d.id(), first.id())).isInstanceOf(ConflictException.class);
	}

	@Test
	void discardingADryRunDeletesItsStagedRows() {
		District d = district();
		RosterImport dryRun = invalid(d);
		imports.discard(d.admin(), d.id(), dryRun.id());
		assertThat(staged(dryRun.id())).isZero();
		assertThat(imports.get(d.admin(), d.id(), dryRun.id()).problemCount()).isZero();
	}

	@Test
	void anAppliedImportKeepsOnlyTheRowsThatChangedSomething() {
		District d = district();
		String tag = tag();
		String users = header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s2", "active");
		RosterImport first = imports.dryRun(d.admin(), d.id(), RosterFormat.ONEROSTER, files(orgs(tag), users), false, false);
		imports.confirm(d.admin(), d.id(), first.id());
		awaitFinished(imports, worker, d.admin(), d.id(), first.id(), Duration.ofSeconds(30));
		RosterImport again = imports.dryRun(d.admin(), d.id(), RosterFormat.ONEROSTER, files(orgs(tag), users), false, false);
		assertThat(staged(again.id())).isEqualTo(4);
		imports.confirm(d.admin(), d.id(), again.id());

		RosterImport done = awaitFinished(imports, worker, d.admin(), d.id(), again.id(), Duration.ofSeconds(30));

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.summary()).containsEntry("TEACHER.UNCHANGED", 2).containsEntry("SCHOOL.UNCHANGED", 2);
		assertThat(staged(again.id())).isZero();
		assertThat(staged(first.id())).isEqualTo(4);
	}

	@Test
	void abandonedDryRunsAndOldDetailsAreDeletedAfterTheRetention() {
		District abandoning = district();
		RosterImport abandoned = invalid(abandoning);
		District importing = district();
		RosterImport old = valid(importing);
		imports.confirm(importing.admin(), importing.id(), old.id());
		awaitFinished(imports, worker, importing.admin(), importing.id(), old.id(), Duration.ofSeconds(30));
		District recent = district();
		RosterImport fresh = invalid(recent);
		long freshStaged = staged(fresh.id());
		long days = settings.retention().toDays() + 1;
		jdbc.sql("update roster_import set created_at = created_at - ? * interval '1 day', "
				+ "finished_at = finished_at - ? * interval '1 day' where id in (?, ?)")
			.params(days, days, abandoned.id(), old.id()).update();

		housekeeping.cleanUp();

		assertThat(imports.get(abandoning.admin(), abandoning.id(), abandoned.id()).status()).isEqualTo("DISCARDED");
		assertThat(staged(abandoned.id())).isZero();
		RosterImport kept = imports.get(importing.admin(), importing.id(), old.id());
		assertThat(kept.status()).isEqualTo("DONE");
		assertThat(kept.summary()).containsEntry("TEACHER.ADD", 2);
		assertThat(staged(old.id())).isZero();
		assertThat(page(importing, kept)).contains("row-by-row details were deleted");
		assertThat(imports.get(recent.admin(), recent.id(), fresh.id()).status()).isEqualTo("INVALID");
		assertThat(staged(fresh.id())).isEqualTo(freshStaged).isPositive();
	}

}
