package org.microcred.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.microcred.organization.roster.RosterFixtures.awaitFinished;
import static org.microcred.organization.roster.RosterFixtures.email;
import static org.microcred.organization.roster.RosterFixtures.files;
import static org.microcred.organization.roster.RosterFixtures.header;
import static org.microcred.organization.roster.RosterFixtures.orgs;
import static org.microcred.organization.roster.RosterFixtures.tag;
import static org.microcred.organization.roster.RosterFixtures.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.DistrictMember;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.RosterFormat;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.microcred.organization.School;
import org.microcred.platform.ConflictException;
import org.microcred.platform.PageRequest;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A district administrator imports OneRoster files: dry run first, then the import, idempotent on repeat. */
class RosterImportIntegrationTests extends IntegrationTest {

	@Autowired
	RosterImportService imports;

	@Autowired
	RosterWorker worker;

	@Autowired
	OrganizationService organizations;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void theDryRunChangesNothingAndTheConfirmedImportPlacesEveryoneAndMailsNewPeopleOnce() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String users = header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s2", "active");

		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files(orgs(tag), users), false, true);

		assertThat(dryRun.status()).isEqualTo("READY");
		assertThat(dryRun.summary()).containsEntry("SCHOOL.ADD", 2).containsEntry("TEACHER.ADD", 2);
		assertThat(organizations.schoolsOf(district)).isEmpty();
		assertThat(accounts.findByEmail(email(tag, 1))).isEmpty();
		assertThat(imports.changes(admin, district, dryRun.id(), false, new PageRequest(0, 10)).items())
			.extracting(c -> c.action() + " " + c.kind() + " " + c.row())
			.containsExactly("ADD SCHOOL 3", "ADD SCHOOL 4", "ADD TEACHER 2", "ADD TEACHER 3");

		imports.confirm(admin, district, dryRun.id());
		RosterImport done = awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30));

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.percent()).isEqualTo(100);
		assertThat(organizations.schoolsOf(district)).extracting(School::name)
			.containsExactly("Lincoln Elementary " + tag, "Roosevelt High " + tag);
		List<DistrictMember> members = organizations.members(admin, district, null, "", new PageRequest(0, 10)).items();
		assertThat(members).extracting(DistrictMember::email, DistrictMember::schoolName, DistrictMember::stateLicenseNumber,
				DistrictMember::sourcedId)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(email(tag, 1), "Lincoln Elementary " + tag, "SL-1", "t1-" + tag),
					org.assertj.core.groups.Tuple.tuple(email(tag, 2), "Roosevelt High " + tag, "SL-2", "t2-" + tag));
		assertThat(accounts.findByEmail(email(tag, 1)).orElseThrow().grants())
			.anyMatch(g -> g.role() == Role.TEACHER && district.value().equals(g.organizationId()));
		var mail = TestMail.awaitMessagesTo(email(tag, 1), 1).get(0);
		assertThat(TestMail.link(mail, "http://localhost:8080/password/reset?token=")).isNotBlank();
		assertThat(TestMail.body(mail)).contains("Given1 Family1");
		// the link lets the new teacher choose a password and log in
		String link = TestMail.link(mail, "http://localhost:8080/password/reset?token=").replace("http://localhost:8080", "");
		var session = browserSession();
		session.post(link, "/password/reset", Map.of("token", link.substring(link.indexOf("token=") + 6), "password",
				"roster imported teacher", "confirmation", "roster imported teacher"));
		browserSession().logIn(email(tag, 1), "roster imported teacher");
	}

	@Test
	void theImportPageShowsProgressWhileTheImportRunsAndReloadsWhenItEnds() throws Exception {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s1", "active")), false, false);
		String page = "/manage/districts/" + district + "/roster/" + dryRun.id();
		var session = browserSession().logIn(admin.email(), org.microcred.support.TestData.PASSWORD);
		assertThat(session.get(page).body()).contains("Import now").doesNotContain("<progress");

		// a worker is half-way: its transaction is open (it holds the import's lock); its heartbeat is 30 s old,
		// within the lease, so nobody takes it over
		jdbc.sql("update roster_import set status = 'APPLYING', done_rows = 5000, total_rows = 20000, "
				+ "heartbeat_at = now() - interval '30 seconds' where id = ?").param(dryRun.id()).update();
		try (var running = RosterFixtures.workerApplying(dataSource, dryRun.id())) {
			assertThat(session.get(page).body()).contains("<progress").contains("value=\"5000\"").contains("max=\"20000\"")
				.contains("5000 of 20000 changes written (25 %)").contains("hx-trigger=\"every 2s\"");
			var poll = session.get(page + "/progress");
			assertThat(poll.body()).contains("value=\"5000\"");
			assertThat(poll.headers().firstValue("HX-Refresh")).isEmpty();
		}

		jdbc.sql("update roster_import set status = 'READY' where id = ?").param(dryRun.id()).update();
		assertThat(session.get(page + "/progress").headers().firstValue("HX-Refresh")).hasValue("true");
		imports.discard(admin, district, dryRun.id());
		assertThat(imports.get(admin, district, dryRun.id()).statusLabel()).isEqualTo("Discarded");
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String users = header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s2", "active");
		importNow(admin, district, tag, users, false, true);
		TestMail.awaitMessagesTo(email(tag, 2), 1);
		Map<String, Long> before = counts(district, tag);

		RosterImport again = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files(orgs(tag), users), false, true);
		assertThat(again.summary()).containsOnly(Map.entry("SCHOOL.UNCHANGED", 2), Map.entry("TEACHER.UNCHANGED", 2));
		assertThat(again.totalRows()).isZero();
		imports.confirm(admin, district, again.id());
		assertThat(awaitFinished(imports, worker, admin, district, again.id(), Duration.ofSeconds(30)).status())
			.isEqualTo("DONE");

		assertThat(counts(district, tag)).isEqualTo(before);
		assertThat(TestMail.messagesTo(email(tag, 1))).hasSize(1);
	}

	@Test
	void teachersMissingFromTheFileOrDisabledInItAreDeactivatedNotDeleted() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		CurrentUser alreadyThere = data.teacherIn(district);
		importNow(admin, district, tag, header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s1", "active")
				+ teacher(tag, 3, "s2", "active"), false, false);
		assertThat(organizations.activeMemberCount(admin, district)).isEqualTo(4);

		String users = header() + teacher(tag, 1, "s2", "active") + teacher(tag, 3, "s2", "tobedeleted");
		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files(null, users), true, false);
		assertThat(dryRun.summary()).containsEntry("TEACHER.UPDATE", 1).containsEntry("TEACHER.DEACTIVATE", 3);
		imports.confirm(admin, district, dryRun.id());
		awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30));

		assertThat(organizations.activeMemberCount(admin, district)).isEqualTo(1);
		var everyone = organizations.members(admin, district, null, "", new PageRequest(0, 10)).items();
		assertThat(everyone).hasSize(4);
		assertThat(everyone).filteredOn(DistrictMember::active).singleElement()
			.satisfies(m -> assertThat(m.schoolName()).isEqualTo("Roosevelt High " + tag));
		assertThat(everyone).filteredOn(m -> m.accountId().equals(alreadyThere.id())).singleElement()
			.satisfies(m -> assertThat(m.active()).isFalse());
		assertThat(accounts.findByEmail(email(tag, 2))).isPresent();
	}

	@Test
	void anImportWithProblemsCannotBeConfirmedAndChangesNothing() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String users = header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s9", "active")
				+ teacher(tag, 1, "s1", "active");

		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files(orgs(tag), users), false, true);

		assertThat(dryRun.status()).isEqualTo("INVALID");
		assertThat(imports.problems(admin, district, dryRun.id(), new PageRequest(0, 10)).items())
			.extracting(p -> p.file() + ":" + p.row() + ":" + p.column())
			.containsExactlyInAnyOrder("users.csv:4:sourcedId", "users.csv:4:email", "users.csv:3:orgSourcedIds");
		assertThatThrownBy(() -> imports.confirm(admin, district, dryRun.id())).isInstanceOf(ConflictException.class);
		worker.runPending();
		assertThat(organizations.schoolsOf(district)).isEmpty();
		assertThat(accounts.findByEmail(email(tag, 1))).isEmpty();
	}

	@Test
	void anImportThatFailsHalfwayLeavesNothingBehind() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s1", "active") + teacher(tag, 2, "s2", "active")), false, true);
		// the database refuses the second teacher's membership after schools and accounts were written
		String function = "roster_fail_" + tag.replace("-", "");
		jdbc.sql("create function " + function + "() returns trigger language plpgsql as $$ begin "
				+ "if new.sourced_id = 't2-" + tag + "' then raise exception 'disk full'; end if; return new; end $$")
			.update();
		jdbc.sql("create trigger " + function + " before insert on district_member for each row execute function "
				+ function + "()").update();
		try {
			imports.confirm(admin, district, dryRun.id());
			RosterImport failed = awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30));
			assertThat(failed.status()).isEqualTo("FAILED");
			assertThat(failed.failure()).contains("nothing was changed");
		}
		finally {
			jdbc.sql("drop trigger " + function + " on district_member").update();
			jdbc.sql("drop function " + function + "()").update();
		}
		assertThat(organizations.schoolsOf(district)).isEmpty();
		assertThat(accounts.findByEmail(email(tag, 1))).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(email(tag, 1))
			.query(Long.class).single()).isZero();
	}

	@Test
	void anImportTheDistrictNoLongerAllowsFailsWithTheReasonAndChangesNothing() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s1", "active")), false, false);
		// meanwhile someone adds a school of the same name under another roster id
		organizations.addSchoolUnchecked(district, "Lincoln Elementary " + tag, "other-id");

		imports.confirm(admin, district, dryRun.id());
		RosterImport failed = awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30));

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.failure()).startsWith("The district changed since the dry run")
			.contains("another roster id (other-id)").endsWith("Nothing was changed.");
		assertThat(organizations.schoolsOf(district)).hasSize(1);
		assertThat(accounts.findByEmail(email(tag, 1))).isEmpty();
	}

	@Test
	void anImportInterruptedByACrashIsTakenOverAndCompleted() {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s1", "active")), false, false);
		// what a worker killed mid-import leaves: the job marked as running, its last heartbeat long ago
		jdbc.sql("update roster_import set status = 'APPLYING', attempts = 1, done_rows = 1, confirmed_at = now(), "
				+ "heartbeat_at = now() - interval '1 hour' where id = ?").param(dryRun.id()).update();

		RosterImport done = awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30));

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(organizations.members(admin, district, null, "", new PageRequest(0, 10)).items())
			.extracting(DistrictMember::email).containsExactly(email(tag, 1));
	}

	@Test
	void aZipOfOneRosterFilesAndTheTemplateAreImportedAlike() throws java.io.IOException {
		String tag = tag();
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		var zipped = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(zipped)) {
			for (var entry : Map.of("export/orgs.csv", orgs(tag), "export/users.csv",
					header() + teacher(tag, 1, "s1", "active"), "export/enrollments.csv", "sourcedId\n").entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		RosterImport fromZip = imports.dryRun(admin, district, RosterFormat.ONEROSTER, List.of(new org.microcred.organization.RosterFile(
				"roster.zip", new org.springframework.core.io.ByteArrayResource(zipped.toByteArray()))), false, false);
		assertThat(fromZip.summary()).containsEntry("SCHOOL.ADD", 2).containsEntry("TEACHER.ADD", 1);
		assertThat(fromZip.notes()).contains("enrollments.csv was ignored");
		imports.confirm(admin, district, fromZip.id());
		awaitFinished(imports, worker, admin, district, fromZip.id(), Duration.ofSeconds(30));

		// the template names the school the zip created (any letter case) and adds a second teacher
		String template = RosterImportService.TEMPLATE.lines().findFirst().orElseThrow() + "\n"
				+ "lincoln elementary " + tag + ",T-2," + "Grace,Hopper," + email(tag, 2) + ",SL-9\n";
		RosterImport fromTemplate = imports.dryRun(admin, district, RosterFormat.TEMPLATE,
				List.of(RosterFixtures.file("teachers.csv", template)), false, false);
		assertThat(fromTemplate.problemCount()).isZero();
		assertThat(fromTemplate.summary()).containsEntry("SCHOOL.UNCHANGED", 1).containsEntry("TEACHER.ADD", 1);
		imports.confirm(admin, district, fromTemplate.id());
		awaitFinished(imports, worker, admin, district, fromTemplate.id(), Duration.ofSeconds(30));
		assertThat(organizations.members(admin, district, null, "hopper", new PageRequest(0, 10)).items())
			.singleElement().satisfies(m -> assertThat(m.schoolName()).isEqualTo("Lincoln Elementary " + tag));
	}

	@Test
	void aDistrictAdminCannotSeeOrApplyAnotherDistrictsImport() {
		String tag = tag();
		OrganizationId mine = data.district();
		OrganizationId theirs = data.district();
		CurrentUser me = data.admin(Role.DISTRICT_ADMIN, mine);
		CurrentUser them = data.admin(Role.DISTRICT_ADMIN, theirs);
		RosterImport their = imports.dryRun(them, theirs, RosterFormat.ONEROSTER,
				files(orgs(tag), header() + teacher(tag, 1, "s1", "active")), false, false);

		var denied = org.springframework.security.access.AccessDeniedException.class;
		assertThatThrownBy(() -> imports.get(me, theirs, their.id())).isInstanceOf(denied);
		assertThatThrownBy(() -> imports.list(me, theirs, new PageRequest(0, 10))).isInstanceOf(denied);
		assertThatThrownBy(() -> imports.confirm(me, theirs, their.id())).isInstanceOf(denied);
		assertThatThrownBy(() -> imports.dryRun(me, theirs, RosterFormat.ONEROSTER, files(orgs(tag), header()), false,
				false)).isInstanceOf(denied);
		// nor through their own district, by naming the other district's import
		assertThatThrownBy(() -> imports.confirm(me, mine, their.id()))
			.isInstanceOf(org.microcred.platform.NotFoundException.class);
		var session = browserSession().logIn(me.email(), org.microcred.support.TestData.PASSWORD);
		assertThat(session.get("/manage/districts/" + theirs + "/roster/" + their.id()).statusCode()).isEqualTo(403);
		assertThat(session.get("/manage/districts/" + mine + "/roster/" + their.id()).statusCode()).isEqualTo(404);
		assertThat(imports.get(them, theirs, their.id()).status()).isEqualTo("READY");
	}

	private void importNow(CurrentUser admin, OrganizationId district, String tag, String users, boolean deactivate,
			boolean invite) {
		RosterImport dryRun = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files(orgs(tag), users),
				deactivate, invite);
		assertThat(dryRun.status()).isEqualTo("READY");
		imports.confirm(admin, district, dryRun.id());
		assertThat(awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30)).status())
			.isEqualTo("DONE");
	}

	private Map<String, Long> counts(OrganizationId district, String tag) {
		String like = "%-" + tag + "@roster.test.microcred.org";
		return Map.of("schools", count("select count(*) from school where district_id = ?", district.value()),
				"members", count("select count(*) from district_member where district_id = ?", district.value()),
				"accounts", count("select count(*) from account where email like ?", like),
				"grants", count("select count(*) from role_grant where organization_id = ?", district.value()),
				"mails", count("select count(*) from mail_outbox where recipient like ?", like),
				"tokens", count("select count(*) from password_reset_token t join account a on a.id = t.account_id "
						+ "where a.email like ?", like));
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}

}
