package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestData;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

class RosterImportJourneyBrowserTests extends BrowserTest {

	@Test
	void aDistrictAdminImportsAOneRosterPairAfterTheDryRunAndSeesTheTeachers() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		String orgs = """
				sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
				sch-1,active,,Marie Curie Middle School,school,,
				""";
		String users = """
				sourcedId,status,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,email
				tch-1,active,true,sch-1,teacher,,{stateLicense:SL-77},Katherine,Johnson,katherine-%1$s@example.org
				tch-2,active,true,sch-1,teacher,,,Dorothy,Vaughan,dorothy-%1$s@example.org
				stu-1,active,true,sch-1,student,,,Sam,Student,sam-%1$s@example.org
				""".formatted(tag);

		page.navigate("/login");
		page.getByLabel("E-mail address").fill(admin.email());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import roster")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Import roster");
		check("upload");

		// first without orgs.csv: the dry run lists the rows whose school is unknown, and nothing can be imported
		page.getByLabel("Files").setInputFiles(new FilePayload("users.csv", "text/csv", users.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check (dry run)")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("The dry run found problems");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Problems (2)"))).isVisible();
		assertThat(page.locator("table").nth(1)).containsText("Unknown school \"sch-1\"");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import now"))).hasCount(0);
		check("problems");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard")).click();

		page.getByLabel("Files").setInputFiles(new FilePayload[] {
				new FilePayload("orgs.csv", "text/csv", orgs.getBytes(StandardCharsets.UTF_8)),
				new FilePayload("users.csv", "text/csv", users.getBytes(StandardCharsets.UTF_8)) });
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check (dry run)")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("nothing has changed yet");
		assertThat(page.locator("#import-status")).hasText("Dry run done: waiting for confirmation");
		assertThat(page.locator("table").first()).containsText("Teachers");
		assertThat(page.getByText("users.csv: ignored 1 row whose role is not teacher")).isVisible();
		assertThat(page.locator("table").last()).containsText("katherine-" + tag + "@example.org");
		check("dry-run");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import now")).click();
		assertThat(page.locator("#import-status")).hasText("Imported",
				new LocatorAssertions.HasTextOptions().setTimeout(30_000));
		assertThat(page.getByText("The import is complete.")).isVisible();
		check("result");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the teachers")).click();
		assertThat(page.locator("table")).containsText("Katherine Johnson");
		assertThat(page.locator("table")).containsText("Dorothy Vaughan");
		assertThat(page.locator("table")).containsText("Marie Curie Middle School");
		assertThat(page.locator("table")).containsText("SL-77");
		check("teachers");
	}

	@Test
	void aMisspeltSchoolInTheTemplateIsSuggestedAndMappedOntoTheExistingSchool() {
		OrganizationId district = data.district();
		organizations.addSchoolUnchecked(district, "Lincoln Elementary School", null);
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		String template = """
				school,teacher_id,given_name,family_name,email,state_license_number
				Lincon Elementary,T-1,Mary,Jackson,mary-%1$s@example.org,SL-1
				""".formatted(tag);
		JourneySteps.logIn(page, admin);
		page.navigate("/manage/districts/" + district + "/roster");
		assertThat(page.locator("input[name=format]")).hasCount(0);
		page.getByLabel("Files").setInputFiles(new FilePayload("teachers.csv", "text/csv", template.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check (dry run)")).click();

		assertThat(page.getByText("The file was read as the Microcred template")).isVisible();
		assertThat(page.locator(".suggestions")).containsText("Lincon Elementary → did you mean Lincoln Elementary School?");
		check("suggestion");
		checkOnPhone("suggestion");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use Lincoln Elementary School")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("matched to the existing one");
		assertThat(page.locator(".suggestions")).hasCount(0);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show unchanged rows too")).click();
		assertThat(page.locator("table").last()).containsText("matched to the existing school Lincoln Elementary School");
		check("mapped");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import now")).click();
		assertThat(page.locator("#import-status")).hasText("Imported",
				new LocatorAssertions.HasTextOptions().setTimeout(30_000));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the teachers")).click();
		assertThat(page.locator("table")).containsText("Mary Jackson");
		assertThat(page.locator("table")).containsText("Lincoln Elementary School");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.microcred.organization.OrganizationService organizations;

}
