package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The privacy pages as people reach them: an issuer and a district administrator set evidence retention from their
 * organization pages; a teacher finds "Your data" on their profile, downloads it, and deletes the account.
 */
class PrivacyPagesBrowserTests extends BrowserTest {

	@Test
	void administratorsSetRetentionAndATeacherDownloadsTheirDataAndDeletesTheAccount() {
		Published published = credentials.publish("Privacy pages");
		JourneySteps.logIn(page, published.admin());
		page.navigate("/manage/issuers/" + published.issuer().value());
		JourneySteps.link(page, "Evidence retention").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Evidence retention");
		page.getByLabel("Months after the decision").fill("0");
		JourneySteps.button(page, "Save").click();
		assertThat(page.getByText("Enter a whole number of months from 1 to 240")).isVisible();
		page.getByLabel("Months after the decision").fill("24");
		JourneySteps.button(page, "Save").click();
		assertThat(JourneySteps.status(page)).containsText("Evidence retention saved.");
		assertThat(page.getByText("Evidence is now deleted 24 months after the decision.")).isVisible();
		check("retention-issuer");
		checkOnPhone("retention-issuer");
		JourneySteps.logOut(page);

		OrganizationId district = data.district();
		JourneySteps.logIn(page, data.admin(Role.DISTRICT_ADMIN, district));
		page.navigate("/manage/districts/" + district.value());
		JourneySteps.link(page, "Evidence retention").click();
		page.getByLabel("Months after the decision").fill("12");
		JourneySteps.button(page, "Save").click();
		assertThat(page.getByText("Evidence is now deleted 12 months after the decision.")).isVisible();
		check("retention-district");
		JourneySteps.logOut(page);

		CurrentUser teacher = data.teacherIn(district);
		JourneySteps.logIn(page, teacher);
		page.navigate("/profile");
		JourneySteps.link(page, "Your data: download all of it, or delete your account").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your data");
		var download = page.waitForDownload(() -> JourneySteps.link(page, "Download my data (zip)").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("microcred-my-data.zip");
		check("my-data");
		checkOnPhone("my-data");

		page.getByLabel("Your password").fill("wrong password");
		page.getByLabel("Type your e-mail address to confirm").fill(teacher.email());
		JourneySteps.button(page, "Delete my account").click();
		assertThat(page.getByText("Your password is not correct. Nothing was deleted.")).isVisible();
		page.getByLabel("Your password").fill(org.microcred.support.TestData.PASSWORD);
		page.getByLabel("Type your e-mail address to confirm").fill(teacher.email());
		JourneySteps.button(page, "Delete my account").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Your account was deleted");
		check("account-deleted");
		checkOnPhone("account-deleted");
	}

}
