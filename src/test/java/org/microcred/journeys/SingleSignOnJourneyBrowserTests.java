package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.logOut;
import static org.microcred.journeys.JourneySteps.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestData;
import org.microcred.support.TestIdentityProvider;

/**
 * A district administrator connects the district's OpenID Connect provider (a real one, started by the test), a
 * rostered teacher signs in through it from the log-in page, then the district turns password log-in off and the
 * teacher's password is refused with a pointer to single sign-on.
 */
class SingleSignOnJourneyBrowserTests extends BrowserTest {

	private static TestIdentityProvider idp;

	@BeforeAll
	static void startProvider() {
		idp = new TestIdentityProvider();
	}

	@AfterAll
	static void stopProvider() {
		idp.close();
	}

	@Test
	void aDistrictConnectsItsProviderAndItsTeachersSignInThroughIt() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		CurrentUser teacher = data.teacherIn(district);

		logIn(page, admin);
		page.navigate("/manage/districts/" + district);
		link(page, "Single sign-on").click();
		link(page, "Microsoft Entra ID").click();
		assertThat(page.getByLabel("Issuer URL")).hasValue("https://login.microsoftonline.com/<tenant-id>/v2.0");
		link(page, "Other OpenID Connect provider").click();
		page.getByLabel("Name shown on the log-in page").fill("Springfield staff accounts");
		page.getByLabel("Issuer URL").fill(idp.issuer());
		page.getByLabel("Client id").fill("microcred-springfield");
		page.getByLabel("Client secret").fill("a-secret-from-the-provider");
		button(page, "Check and add").click();
		assertThat(status(page)).containsText("checked and added");
		assertThat(page.getByText("/login/oauth2/code/")).isVisible();
		page.getByLabel("E-mail domains of your organization").fill("test.microcred.org");
		button(page, "Save rules").click();
		assertThat(status(page)).containsText("log-in rules were saved");
		check("provider-settings");
		checkOnPhone("provider-settings");
		logOut(page);

		page.navigate("/login");
		check("login");
		checkOnPhone("login");
		page.getByLabel("School or work e-mail").fill(teacher.email());
		button(page, "Find my district").click();
		idp.nextSignIn("springfield-" + teacher.id(), teacher.email());
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName(Pattern.compile("sign in with Springfield staff accounts")))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
		check("signed-in");
		logOut(page);

		logIn(page, admin);
		page.navigate("/manage/organizations/" + district + "/sign-in");
		page.getByLabel("Teachers of this district must sign in with single sign-on").check();
		button(page, "Save rules").click();
		assertThat(status(page)).containsText("log-in rules were saved");
		logOut(page);

		page.navigate("/login");
		page.getByLabel("E-mail address").fill(teacher.email());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		button(page, "Log in").click();
		assertThat(page).hasURL(Pattern.compile(".*/login\\?sso$"));
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("signs its teachers in through its own accounts");
		check("password-refused");
	}

}
