package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.logOut;
import static org.microcred.journeys.JourneySteps.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestMail;
import org.microcred.support.Credentials.Published;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;

/**
 * A district administrator imports a roster, approves a credential, sets an incentive rule, and sees an imported
 * teacher's standing change once the teacher earns it; the teacher, after choosing a password from the welcome
 * e-mail, sees the same on their own page.
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

	@Autowired
	AccountService accounts;

	@Test
	void importARosterApproveSetARuleAndSeeAStandingChange() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		organizations.addSchoolUnchecked(district, "Maple Elementary", null);
		Published credential = credentials.publish("Counted");
		String title = credentials.title(credential);
		String email = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String roster = """
				school,teacher_id,given_name,family_name,email,state_license_number
				Maple Elementary,T-001,Rosa,Alvarez,%s,WA-778899
				""".formatted(email);

		logIn(page, admin);
		page.navigate("/manage/districts/" + district);
		link(page, "Import roster").click();
		page.getByLabel("Files").setInputFiles(new FilePayload("teachers.csv", "text/csv", roster.getBytes(StandardCharsets.UTF_8)));
		button(page, "Upload and check (dry run)").click();
		assertThat(page.locator("#import-status")).hasText("Dry run done: waiting for confirmation");
		button(page, "Import now").click();
		assertThat(page.locator("#import-status")).hasText("Imported", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
		CurrentUser teacher = accounts.reload(accounts.findByEmail(email).orElseThrow().id()).orElseThrow();

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
		button(page, "Refresh now").click();
		assertThat(status(page)).containsText("up to date");
		assertThat(page.locator(".kpis")).containsText("100%");
		check("district-reports");
		logOut(page);

		// the imported teacher chooses a password from the welcome e-mail, then looks at their own standing
		String welcome = TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/password/reset?token=");
		page.navigate(welcome.replace("http://localhost:8080", ""));
		page.getByLabel("New password").fill("Rosa-chooses-2026");
		page.getByLabel("The same password again").fill("Rosa-chooses-2026");
		button(page, "Save the new password").click();
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill("Rosa-chooses-2026");
		button(page, "Log in").click();
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
