package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.microcred.identity.CurrentUser;
import org.microcred.support.TestData;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps several journeys share. */
final class JourneySteps {

	private JourneySteps() {
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	static void logIn(Page page, CurrentUser user) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(user.email());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		button(page, "Log in").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}

	static void logOut(Page page) {
		page.locator("form[action='/logout'] button").click();
	}

	static Locator status(Page page) {
		return page.getByRole(AriaRole.STATUS).first();
	}

}
