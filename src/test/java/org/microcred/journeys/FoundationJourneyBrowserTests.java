package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;

import com.microsoft.playwright.options.AriaRole;

class FoundationJourneyBrowserTests extends BrowserTest {

	@Test
	void aTeacherSignsUpFollowsTheMailedLinkLogsInAndSeesTheTeacherHome() {
		String email = TestData.uniqueEmail("journey");
		page.navigate("/");
		check("landing");
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign up")).click();
		check("signup");
		page.getByLabel("Your name").fill("Grace Hopper");
		page.getByLabel("E-mail address").fill(email);
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Check your e-mail");
		check("signup-sent");

		page.navigate(TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/signup/")
			.replace("http://localhost:8080", ""));
		check("signup-finish");
		page.getByLabel("Choose a password").fill("compilers are friends");
		page.getByLabel("The same password again").fill("compilers are friends");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create my account")).click();

		// following the mailed link proved the address: the new teacher is logged in at once
		assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("your account is ready and you are logged in");
		JourneySteps.logOut(page);
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill("compilers are friends");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in")).click();

		assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
			.hasText("My learning");
		assertThat(page.locator("header")).containsText("Grace Hopper");
		check("teacher-home");
		checkOnPhone("teacher-home");
	}

	@Test
	void anIssuerAdminInvitesAReviewerWhoAcceptsAndLogsIn() {
		OrganizationId issuer = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, issuer);
		String reviewerEmail = TestData.uniqueEmail("journey-reviewer");

		page.navigate("/login");
		check("login");
		page.getByLabel("E-mail address").fill(admin.email());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).hasURL(Pattern.compile(".*/manage/issuers/" + issuer + "$"));
		check("issuer-page");

		page.locator("#invite-email").fill(reviewerEmail);
		page.locator("#invite-role").selectOption("REVIEWER");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation sent");
		assertThat(page.locator("table")).containsText(reviewerEmail);
		page.locator("form[action='/logout'] button").click();

		String link = TestMail.link(TestMail.awaitMessagesTo(reviewerEmail, 1).get(0), "http://localhost:8080/invitations/")
			.replace("http://localhost:8080", "");
		page.navigate(link);
		check("invitation");
		page.getByLabel("Your name").fill("Rosalind Reviewer");
		page.getByLabel("Choose a password").fill("double helix reviewer");
		page.getByLabel("The same password again").fill("double helix reviewer");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create my account")).click();

		page.getByLabel("E-mail address").fill(reviewerEmail);
		page.getByLabel("Password").fill("double helix reviewer");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).hasURL(Pattern.compile(".*/reviewer$"));
		assertThat(page.locator("header")).containsText("Rosalind Reviewer");
		check("reviewer-home");
	}

}
