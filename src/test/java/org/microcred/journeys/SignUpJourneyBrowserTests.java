package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A newcomer signs up, on a desktop and on a phone: every mistake is shown at once with a summary whose links lead
 * to the fields; after the mailed link and the password, the new teacher is logged in on their home.
 */
class SignUpJourneyBrowserTests extends BrowserTest {

	@Test
	void aNewTeacherSeesEveryMistakeAtOnceAndIsLoggedInAfterChoosingAPassword() {
		signUp("desktop");
	}

	@Test
	void theSameOnAPhone() {
		page.setViewportSize(390, 844);
		signUp("phone");
	}

	private void signUp(String size) {
		page.navigate("/signup");
		assertThat(page.getByLabel("Your name")).hasAttribute("autocomplete", "name");
		assertThat(page.getByLabel("E-mail address")).hasAttribute("autocomplete", "email");
		page.getByLabel("Your name").fill("<Ada>");
		page.getByLabel("E-mail address").fill("ada-at-school");
		JourneySteps.button(page, "Create account").click();

		Locator summary = page.locator(".error-summary");
		assertThat(summary).containsText("There are 2 problems");
		assertThat(summary.getByRole(AriaRole.LINK)).hasCount(2);
		assertThat(page.getByLabel("Your name")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("E-mail address")).hasAttribute("aria-invalid", "true");
		check("errors-" + size);
		summary.getByRole(AriaRole.LINK).nth(1).click();
		assertThat(page).hasURL(Pattern.compile(".*#email$"));

		String email = TestData.uniqueEmail("Journey");
		page.getByLabel("Your name").fill("Ada Lovelace");
		page.getByLabel("E-mail address").fill(email);
		JourneySteps.button(page, "Create account").click();
		assertThat(JourneySteps.status(page)).containsText("Check your e-mail");

		String link = TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/signup/")
			.replace("http://localhost:8080", "");
		page.navigate(link);
		page.getByLabel("Choose a password").fill("short");
		page.getByLabel("The same password again").fill("different");
		JourneySteps.button(page, "Create my account").click();
		assertThat(page.locator(".error-summary")).containsText("There are 2 problems");
		check("password-errors-" + size);

		page.getByLabel("Choose a password").fill("correct horse battery");
		page.getByLabel("The same password again").fill("correct horse battery");
		JourneySteps.button(page, "Create my account").click();
		assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
		assertThat(JourneySteps.status(page)).containsText("you are logged in");
		assertThat(page.locator("h1")).containsText("My learning");
		check("logged-in-" + size);
	}

}
