package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.logOut;
import static org.microcred.journeys.JourneySteps.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
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
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district administrator approves a credential, sets an incentive rule, and sees a teacher's standing change
 * once the teacher earns it; the teacher sees the same on their own page.
 */
class DistrictJourneyBrowserTests extends BrowserTest {

	@Autowired
	OrganizationService organizations;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	BadgeService badges;

	@Autowired
	JdbcClient jdbc;

	@Test
	void approveSetARuleAndSeeAStandingChange() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		SchoolId school = organizations.addSchoolUnchecked(district, "Maple Elementary", null);
		CurrentUser teacher = data.teacherIn(district);
		organizations.placeTeacher(teacher.id(), district, school, "WA-778899", null);
		Published credential = credentials.publish("Counted");
		String title = credentials.title(credential);

		logIn(page, admin);
		page.navigate("/manage/districts/" + district);
		link(page, "Approved credentials").click();
		page.getByLabel("Title contains").fill(title);
		button(page, "Filter").click();
		page.getByLabel("PD hours credited").fill("40");
		button(page, "Approve " + title).click();
		assertThat(status(page)).containsText("Approved");
		check("district-approvals");

		page.navigate("/manage/districts/" + district);
		link(page, "Incentive rules").click();
		page.getByLabel("PD hours per renewal cycle").fill("100");
		page.getByLabel("Years per cycle").fill("5");
		page.getByLabel("A cycle starts on").fill("2024-07-01");
		page.getByLabel("Approved credentials per step").fill("lots");
		button(page, "Save rules").click();
		assertThat(page.locator("#credentialsPerStep-error")).containsText("whole number");
		page.getByLabel("Approved credentials per step").fill("1");
		page.getByLabel("Reward").selectOption("STIPEND");
		page.getByLabel("Stipend amount").fill("300");
		page.getByLabel("Credentials count from").fill("2024-01-01");
		button(page, "Save rules").click();
		assertThat(status(page)).containsText("Incentive rules saved");
		assertThat(page.locator("main")).containsText("Nobody qualifies in this period yet.");
		check("district-incentives");

		page.navigate("/districts/" + district + "/teachers/" + teacher.id() + "/standing");
		assertThat(page.locator("main")).containsText("0 of 100 PD hours");

		earn(credential, teacher);
		page.reload();
		assertThat(page.locator("main")).containsText("40 of 100 PD hours");
		assertThat(page.locator("main")).containsText("a stipend of 300");
		check("district-standing");

		page.navigate("/districts/" + district + "/incentives");
		assertThat(page.locator("main table").first()).containsText(teacher.displayName());
		page.navigate("/districts/" + district + "/reports");
		assertThat(page.locator(".kpis")).containsText("100%");
		check("district-reports");
		logOut(page);

		logIn(page, teacher);
		page.navigate("/teacher");
		link(page, "My district incentives: PD hours and salary steps").click();
		assertThat(page.locator("main")).containsText("40 of 100 PD hours");
		assertThat(page.locator("main")).containsText("WA-778899");
		check("teacher-district");
	}

	private void earn(Published credential, CurrentUser teacher) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflection");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc
			.sql("select count(*) from district_credential_fact where teacher_id = ?")
			.param(teacher.id().value()).query(Long.class).single() > 0);
	}

}
