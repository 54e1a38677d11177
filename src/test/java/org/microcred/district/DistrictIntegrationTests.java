package org.microcred.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.catalog.CatalogService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.SchoolId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class DistrictIntegrationTests extends IntegrationTest {

	@Autowired
	DistrictApprovals approvals;

	@Autowired
	IncentiveService incentives;

	@Autowired
	DistrictReports reports;

	@Autowired
	DistrictExports exports;

	@Autowired
	OrganizationService organizations;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	BadgeService badges;

	@Autowired
	CatalogService catalog;

	@Autowired
	JdbcClient jdbc;

	record District(OrganizationId id, CurrentUser admin, SchoolId north, SchoolId south) {
	}

	District district() {
		OrganizationId id = data.district();
		return new District(id, data.admin(Role.DISTRICT_ADMIN, id), organizations.addSchoolUnchecked(id, "North", null),
				organizations.addSchoolUnchecked(id, "South", null));
	}

	CurrentUser teacher(District d, SchoolId school, String license) {
		CurrentUser teacher = data.teacherIn(d.id());
		organizations.placeTeacher(teacher.id(), d.id(), school, license, null);
		return teacher;
	}

	record Submitted(EnrollmentId enrollment, AttemptId attempt) {
	}

	Submitted enrollAndSubmit(Published credential, CurrentUser teacher) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "A reflection nobody at the district may read.");
		return new Submitted(enrollment, enrollments.submit(teacher, enrollment, UUID.randomUUID()));
	}

	IssuedCredential pass(Published credential, CurrentUser teacher) {
		Submitted submitted = enrollAndSubmit(credential, teacher);
		learning.decide(submitted.attempt(), true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		IssuedCredential issued = badges.ofTeacher(teacher.id()).get(0);
		awaitFact("district_credential_fact", "issued_id", issued.id().value());
		return issued;
	}

	void awaitFact(String table, String column, UUID id) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc
			.sql("select count(*) from " + table + " where " + column + " = ?").param(id).query(Long.class).single() > 0);
	}

	@Test
	void teachersOfTheDistrictSeeApprovedCredentialsAsApproved() {
		District d = district();
		Published credential = credentials.publish("Approved one");
		CurrentUser mine = teacher(d, d.north(), null);
		CurrentUser elsewhere = data.teacherIn(data.district());

		approvals.approve(d.admin(), d.id(), credential.credential(), new BigDecimal("20"), null, true, "Counts for PD");

		assertThat(catalog.detail(credential.credential(), mine).approvedByDistrict()).isTrue();
		assertThat(catalog.detail(credential.credential(), elsewhere).approvedByDistrict()).isFalse();
		assertThat(approvals.list(d.admin(), d.id(), "approved one", new PageRequest(0, 10)).items())
			.singleElement()
			.satisfies(r -> assertThat(r.approval().pdHours()).isEqualByComparingTo("20"));

		approvals.withdraw(d.admin(), d.id(), credential.credential());
		assertThat(catalog.detail(credential.credential(), mine).approvedByDistrict()).isFalse();
	}

	@Test
	void badValuesAreRefusedAndChangeNothing() {
		District d = district();
		Published credential = credentials.publish("Valued");
		assertThatThrownBy(() -> approvals.approve(d.admin(), d.id(), credential.credential(), new BigDecimal("-1"),
				null, true, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("PD hours");
		assertThat(approvals.approvals(d.admin(), d.id())).isEmpty();

		IncentivePolicy bad = new IncentivePolicy(new BigDecimal("150"), 0, LocalDate.of(2024, 7, 1), 3,
				StepReward.SALARY_STEP, null, null, 7, LocalDate.of(2025, 1, 1), -1);
		assertThatThrownBy(() -> incentives.savePolicy(d.admin(), d.id(), bad))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("cycle");
		assertThat(incentives.policy(d.admin(), d.id()).saved()).isFalse();

		IncentivePolicy good = new IncentivePolicy(new BigDecimal("150"), 5, LocalDate.of(2024, 7, 1), 3,
				StepReward.SALARY_STEP, null, 1, 7, LocalDate.of(2025, 1, 1), -1);
		incentives.savePolicy(d.admin(), d.id(), good);
		IncentivePolicy saved = incentives.policy(d.admin(), d.id());
		incentives.savePolicy(d.admin(), d.id(), saved);
		// a second admin who loaded the rules before that save cannot overwrite it unseen
		assertThatThrownBy(() -> incentives.savePolicy(d.admin(), d.id(), saved)).isInstanceOf(ConflictException.class);
	}

	@Test
	void anotherDistrictsAdminSeesNothingOfIt() {
		District d = district();
		District other = district();
		Published credential = credentials.publish("Private");
		assertThatThrownBy(() -> reports.report(other.admin(), d.id(), ReportFilter.lastEighteenMonths()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> approvals.approve(other.admin(), d.id(), credential.credential(), null, null, true, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> incentives.standings(other.admin(), d.id(), IncentiveService.Filter.ALL_WITH_CREDENTIALS,
				new PageRequest(0, 10))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> exports.writeCredentials(other.admin(), d.id(), null, null, false, new StringWriter()))
			.isInstanceOf(AccessDeniedException.class);
		var session = browserSession().logIn(other.admin().email(), TestData.PASSWORD);
		CurrentUser theirTeacher = teacher(d, d.north(), null);
		for (String page : List.of("approvals", "incentives", "reports", "reports/adoption.csv", "exports",
				"exports/credentials.csv", "teachers/" + theirTeacher.id() + "/standing")) {
			assertThat(session.get("/districts/" + d.id() + "/" + page).statusCode()).as(page).isEqualTo(403);
		}
		// naming the other district's teacher through one's own district finds nobody
		assertThat(session.get("/districts/" + other.id() + "/teachers/" + theirTeacher.id() + "/standing").statusCode())
			.isEqualTo(404);
		// naming the other district's school in one's own report does not work either
		assertThatThrownBy(() -> reports.report(other.admin(), other.id(),
				new ReportFilter(d.north(), null, null))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void reportsFollowTheEventsAndAdoptionEqualsADirectCount() {
		District d = district();
		Published credential = credentials.publish("Reported");
		CurrentUser ann = teacher(d, d.north(), "LIC-1");
		CurrentUser ben = teacher(d, d.north(), "LIC-2");
		CurrentUser cat = teacher(d, d.south(), "LIC-3");
		teacher(d, d.south(), "LIC-4");
		CurrentUser outsider = data.teacherIn(data.district());

		pass(credential, ann);
		// Ben passes at his second attempt
		Submitted benFirst = enrollAndSubmit(credential, ben);
		learning.decide(benFirst.attempt(), false, new Feedback("Not yet", List.of()));
		AttemptId benSecond = enrollments.submit(ben, benFirst.enrollment(), UUID.randomUUID());
		learning.decide(benSecond, true, new Feedback("Now yes", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(ben.id()).isEmpty());
		awaitFact("district_credential_fact", "issued_id", badges.ofTeacher(ben.id()).get(0).id().value());
		// Cat submitted and waits
		EnrollmentId catEnrollment = enrollAndSubmit(credential, cat).enrollment();
		pass(credential, outsider);
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
				"select submissions from district_enrollment_fact where enrollment_id = ?").param(catEnrollment.value())
			.query(Integer.class).optional().orElse(0) == 1);

		reports.refresh(d.admin(), d.id());
		DistrictReport report = reports.report(d.admin(), d.id(), ReportFilter.lastEighteenMonths());
		long direct = jdbc.sql("""
				select count(distinct m.account_id) from district_member m
				join issued_credential ic on ic.teacher_id = m.account_id and ic.state = 'ACTIVE'
				where m.district_id = ? and m.active""").param(d.id().value()).query(Long.class).single();
		assertThat(report.total().withCredential()).isEqualTo(direct).isEqualTo(2);
		assertThat(report.total().teachers()).isEqualTo(4);
		assertThat(report.total().percent()).isEqualTo(50);
		assertThat(report.adoption()).extracting(DistrictReport.SchoolAdoption::school,
				DistrictReport.SchoolAdoption::withCredential).containsExactly(
						org.assertj.core.groups.Tuple.tuple("North", 2L), org.assertj.core.groups.Tuple.tuple("South", 0L));
		assertThat(report.funnel()).isEqualTo(new DistrictReport.Funnel(3, 3, 2));
		assertThat(report.passedFirstAttempt()).isEqualTo(1);
		assertThat(report.firstAttemptPercent()).isEqualTo(50);
		assertThat(report.medianDaysToCredential()).isEqualTo(0.0); // all passed within the day
		assertThat(report.byCredential()).containsExactly(new DistrictReport.Count(credentials.title(credential), 2));
		assertThat(report.months().get(report.months().size() - 1).passed()).isEqualTo(2);

		DistrictReport south = reports.report(d.admin(), d.id(), new ReportFilter(d.south(), null, null));
		assertThat(south.funnel()).isEqualTo(new DistrictReport.Funnel(1, 1, 0));

		// a revoked credential no longer counts
		IssuedCredential annBadge = badges.ofTeacher(ann.id()).get(0);
		badges.revoke(credential.admin(), annBadge.id(), "Issued in error");
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			reports.refresh(d.admin(), d.id());
			return reports.report(d.admin(), d.id(), ReportFilter.lastEighteenMonths()).total().withCredential() == 1;
		});
		assertThat(ReportTable.of(reports.report(d.admin(), d.id(), ReportFilter.lastEighteenMonths())).get("adoption").rows())
			.contains(List.of("All schools", "4", "1", "25%"));
	}

	@Test
	void theFiguresCatchUpWithNewActivityOnTheirOwn() {
		District d = district();
		Published credential = credentials.publish("Caught up");
		CurrentUser teacher = teacher(d, d.north(), null);
		assertThat(reports.report(d.admin(), d.id(), ReportFilter.lastEighteenMonths()).total().withCredential()).isZero();
		pass(credential, teacher);
		// no refresh asked for: the background rebuild (every second in the tests, 30 s by default) catches up
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> reports
			.report(d.admin(), d.id(), ReportFilter.lastEighteenMonths()).total().withCredential() == 1);
	}

	@Test
	void aTeachersStandingChangesWhenAnApprovedCredentialIsEarned() {
		District d = district();
		Published approved = credentials.publish("Counts");
		Published notApproved = credentials.publish("Does not count");
		CurrentUser teacher = teacher(d, d.north(), "CA-123");
		approvals.approve(d.admin(), d.id(), approved.credential(), new BigDecimal("50"), null, true, null);
		incentives.savePolicy(d.admin(), d.id(), new IncentivePolicy(new BigDecimal("100"), 5,
				LocalDate.of(2024, 7, 1), 1, StepReward.STIPEND, new BigDecimal("250"), null, 7,
				LocalDate.of(2024, 1, 1), -1));

		assertThat(incentives.standing(d.admin(), d.id(), teacher.id()).standing().hoursInCycle()).isEqualByComparingTo("0");
		assertThat(incentives.standings(d.admin(), d.id(), IncentiveService.Filter.QUALIFYING, new PageRequest(0, 10)).items())
			.isEmpty();

		pass(notApproved, teacher);
		assertThat(incentives.standing(d.admin(), d.id(), teacher.id()).standing().credentials()).isEmpty();

		IssuedCredential issued = passAnother(approved, teacher);
		Standing standing = incentives.standing(d.admin(), d.id(), teacher.id()).standing();
		assertThat(standing.hoursInCycle()).isEqualByComparingTo("50");
		assertThat(standing.ceusInCycle()).isEqualByComparingTo("5");
		assertThat(standing.renewalPercent()).isEqualTo(50);
		assertThat(standing.awards()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("250"));
		assertThat(incentives.standings(d.admin(), d.id(), IncentiveService.Filter.QUALIFYING, new PageRequest(0, 10)).items())
			.extracting(StandingRow::teacherId).containsExactly(teacher.id());
		assertThat(incentives.mine(teacher)).singleElement().satisfies(s -> {
			assertThat(s.stateLicenseNumber()).isEqualTo("CA-123");
			assertThat(s.standing().credentials()).extracting(EarnedCredential::issuedId).containsExactly(issued.id().value());
		});

		StringWriter csv = new StringWriter();
		int rows = exports.writeCredentials(d.admin(), d.id(), null, null, true, csv);
		assertThat(rows).isEqualTo(1);
		assertThat(csv.toString()).startsWith(String.join(",", DistrictExports.COLUMNS))
			.contains("CA-123", credentials.title(approved), ",50,5,true,", "/credentials/" + issued.id().value())
			.doesNotContain(credentials.title(notApproved));
	}

	IssuedCredential passAnother(Published credential, CurrentUser teacher) {
		int before = badges.ofTeacher(teacher.id()).size();
		Submitted submitted = enrollAndSubmit(credential, teacher);
		learning.decide(submitted.attempt(), true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> badges.ofTeacher(teacher.id()).size() > before);
		IssuedCredential issued = badges.ofTeacher(teacher.id()).stream()
			.filter(c -> c.credentialId().equals(credential.credential())).findFirst().orElseThrow();
		awaitFact("district_credential_fact", "issued_id", issued.id().value());
		return issued;
	}

	@Test
	void theReportPagesShowCountsButNoEvidenceOrComments() {
		District d = district();
		Published credential = credentials.publish("Private evidence");
		CurrentUser teacher = teacher(d, d.north(), null);
		pass(credential, teacher);
		var session = browserSession().logIn(d.admin().email(), TestData.PASSWORD);
		var page = session.get("/districts/" + d.id() + "/reports");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Adoption", "North").doesNotContain("A reflection nobody", "Well done");
		var csv = session.get("/districts/" + d.id() + "/reports/adoption.csv");
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
		assertThat(csv.body()).contains("North,1,1,100%");
		assertThat(session.get("/districts/" + d.id() + "/reports?from=2026-13-01").statusCode()).isEqualTo(400);
		assertThat(session.get("/districts/" + d.id() + "/reports/nope.csv").statusCode()).isEqualTo(404);
		var export = session.get("/districts/" + d.id() + "/exports/credentials.csv?approvedOnly=false");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(export.body().lines()).hasSize(2).first().isEqualTo(String.join(",", DistrictExports.COLUMNS));
		var badDates = session.get("/districts/" + d.id() + "/exports/credentials.csv?from=2026-02-31");
		assertThat(badDates.statusCode()).isEqualTo(302);
		assertThat(session.get("/districts/" + d.id() + "/exports").body()).contains("must be a date");
		assertThat(session.get("/learn/" + enrollments.enrollmentsOf(teacher).get(0).id()).statusCode()).isIn(403, 404);
	}

	@Test
	void everyCellOfEveryCsvIsNeutralisedHeadersIncluded() throws Exception {
		District d = district();
		// a tab or CR in front is trimmed when the design is saved; what follows it is neutralised like the rest
		List<String> skills = List.of("=2+3", "+cmd", "-1", "@x", "\t=1+1", "\r@y", "plain skill");
		Published credential = credentials.publish(org.microcred.support.DesignFixtures.complete(
				"=HYPERLINK(\"https://evil.example\") " + UUID.randomUUID().toString().substring(0, 6), List.of(), skills));
		CurrentUser teacher = data.user("=1+2 Teacher", new org.microcred.identity.RoleGrant(Role.TEACHER, d.id().value()));
		organizations.placeTeacher(teacher.id(), d.id(), d.north(), "LIC-9", null);
		pass(credential, teacher);
		reports.refresh(d.admin(), d.id());
		var session = browserSession().logIn(d.admin().email(), TestData.PASSWORD);

		List<List<String>> coverage = parse(session.get("/districts/" + d.id() + "/reports/coverage.csv").body());
		assertThat(coverage.get(0)).containsExactlyInAnyOrder("School", "'=2+3", "'+cmd", "'-1", "'@x", "'=1+1", "'@y",
				"plain skill");
		assertThat(coverage.get(1)).startsWith("North").contains("1");
		List<List<String>> bySkill = parse(session.get("/districts/" + d.id() + "/reports/by-skill.csv").body());
		assertThat(bySkill).extracting(row -> row.get(0)).contains("'=2+3", "'-1", "plain skill");
		List<List<String>> byCredential = parse(session.get("/districts/" + d.id() + "/reports/by-credential.csv").body());
		assertThat(byCredential.get(1).get(0)).startsWith("'=HYPERLINK");
		List<List<String>> export = parse(session.get("/districts/" + d.id() + "/exports/credentials.csv?approvedOnly=false").body());
		assertThat(export.get(0)).isEqualTo(DistrictExports.COLUMNS);
		assertThat(export.get(1)).contains("'=1+2 Teacher").anySatisfy(cell -> assertThat(cell).startsWith("'=HYPERLINK"));
		assertThat(export.stream().flatMap(List::stream)).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
	}

	static List<List<String>> parse(String csv) throws java.io.IOException {
		try (var parser = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
			return parser.getRecords().stream().map(org.apache.commons.csv.CSVRecord::toList).toList();
		}
	}

}
