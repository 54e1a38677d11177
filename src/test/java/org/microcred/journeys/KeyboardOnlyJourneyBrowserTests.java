package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.status;
import static org.microcred.journeys.Keyboard.activeElement;
import static org.microcred.journeys.Keyboard.focused;
import static org.microcred.journeys.Keyboard.tabTo;
import static org.microcred.journeys.Keyboard.tabUntil;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.review.ReviewSettings;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestData;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Enroll → evidence → submit → review → badge with the keyboard only (Tab, Enter, Space, arrows, typing): every
 * stop shows its focus, the skip link leads to the content, and after each background save (htmx) the focus stays
 * where the person was while the page's live region says what happened.
 */
class KeyboardOnlyJourneyBrowserTests extends BrowserTest {

	@Test
	void fromEnrollmentToBadgeWithoutAMouse() throws Exception {
		var setup = reviews.credentialWithReviewers(1,
				new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		String title = credentials.title(setup.published());
		CurrentUser teacher = data.teacher();
		Path plan = Files.createTempFile("lesson-plan", ".pdf");
		Files.write(plan, org.microcred.support.Files.pdf());

		logInByKeyboard(teacher);

		// the catalog's filters update the results in place: focus stays on the filter, the count is announced
		page.navigate("/catalog");
		Locator notEarned = page.getByLabel("Not yet earned");
		tabTo(page, notEarned);
		page.keyboard().press("Space");
		assertThat(page.locator("#live-status")).containsText(Pattern.compile("\\d+ results?"));
		assertThat(focused(notEarned)).as("focus after the results changed: " + activeElement(page)).isTrue();

		page.navigate("/catalog/" + setup.credential());
		tabTo(page, link(page, "Enroll"));
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).containsText("Enroll");
		tabTo(page, page.getByLabel("I meet the admission requirements above."));
		page.keyboard().press("Space");
		tabTo(page, button(page, "Enroll"));
		page.keyboard().press("Enter");
		assertThat(status(page)).containsText("You are enrolled");
		assertThat(page.locator("h1")).hasText(title);
		check("learn");

		Locator resource = page.locator("#resources input[type=checkbox]").first();
		tabTo(page, resource);
		page.keyboard().press("Space");
		assertThat(page.locator("#live-status")).hasText("Marked as done");
		assertThat(focused(resource)).as("focus after marking a resource done: " + activeElement(page)).isTrue();

		Locator notes = page.locator("#notes-text");
		tabTo(page, notes);
		page.keyboard().type("Try wait time of five seconds.");
		assertThat(page.locator("#live-status")).containsText("Saved at");
		assertThat(focused(notes)).as("focus after the notes were saved: " + activeElement(page)).isTrue();

		tabTo(page, page.locator("#privacy input[name=confirmed]"));
		page.keyboard().press("Space");
		tabTo(page, page.locator("#privacy button"));
		page.keyboard().press("Enter");
		assertThat(status(page)).containsText("Thank you");

		Locator fileInput = page.locator("[id='file-plan']");
		tabTo(page, fileInput);
		// the file dialog belongs to the operating system, not the page (headless Chromium opens none): the file
		// is handed to the focused input as that dialog would
		fileInput.setInputFiles(plan);
		assertThat(focused(fileInput)).as("focus after choosing a file: " + activeElement(page)).isTrue();
		tabTo(page, page.locator("#part-plan form.upload button[type=submit]"));
		page.keyboard().press("Enter");
		assertThat(page.locator("#part-plan")).containsText(plan.getFileName().toString());

		Locator planText = page.locator("[id='text-plan']");
		tabTo(page, planText);
		page.keyboard().type("My plan embeds three hinge questions.");
		tabTo(page, page.locator("[id='text-reflection']"));
		page.keyboard().type("Students explained their thinking more often.");
		assertThat(page.locator("#part-reflection .save-status")).containsText("Saved at");
		assertThat(page.locator("#live-status")).containsText("Saved at");
		check("evidence-ready");

		page.onDialog(dialog -> dialog.accept());
		tabTo(page, button(page, "Submit my evidence"));
		page.keyboard().press("Enter");
		assertThat(status(page)).containsText("Submitted");
		logOutByKeyboard();

		CurrentUser reviewer = setup.reviewers().get(0);
		logInByKeyboard(reviewer);
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			page.navigate("/reviewer");
			return page.getByText("Claim the next submission").count() > 0;
		});
		tabTo(page, button(page, "Claim the next submission (earliest due first)"));
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).containsText("Review:");
		for (String criterion : new String[] { "plan/goal", "plan/checks", "reflection/insight" }) {
			chooseLevel("score:" + criterion, "proficient");
		}
		assertThat(page.locator("#live-status")).containsText("Saved at");
		assertThat((Boolean) page.evaluate("() => document.activeElement.name === 'score:reflection/insight'"))
			.as("focus after the scores were saved: " + activeElement(page)).isTrue();
		tabTo(page, page.getByLabel("Summary for the teacher"));
		page.keyboard().type("Clear and well evidenced.");
		check("scored");
		tabTo(page, button(page, "Submit: the decision follows from the passing rule"));
		page.keyboard().press("Enter");
		assertThat(status(page)).containsText("meets the passing rule");
		logOutByKeyboard();

		logInByKeyboard(teacher);
		assertThat(page).hasURL(Pattern.compile(".*/teacher$"));
		tabTo(page, link(page, "My badges and how I share them"));
		page.keyboard().press("Enter");
		page.waitForURL("**/teacher/badges");
		assertThat(page.locator("h1")).hasText("My badges");
		// the badge is issued just after the decision: until then the page is reloaded (by the test, not the person)
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			page.navigate("/teacher/badges");
			return link(page, title).count() > 0;
		});
		tabTo(page, link(page, title));
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).containsText(title);
		assertThat(page.locator(".verification")).containsText("Verified");
		check("badge");
		checkOnPhone("badge");
	}

	/** The skip link is the first stop and leads into the content; then the form, typed and sent with Enter. */
	private void logInByKeyboard(CurrentUser user) {
		page.navigate("/login");
		page.keyboard().press("Tab");
		Locator skip = page.locator("a.skip-link");
		assertThat(focused(skip)).as("first Tab stop: " + activeElement(page)).isTrue();
		Keyboard.assertFocusVisible(page);
		assertThat(skip.boundingBox().x).as("the skip link comes into view when focused").isGreaterThanOrEqualTo(0);
		page.keyboard().press("Enter");
		assertThat((Boolean) page.evaluate("() => document.activeElement.id === 'main'"))
			.as("focus after the skip link: " + activeElement(page)).isTrue();
		tabTo(page, page.getByLabel("E-mail address"));
		page.keyboard().type(user.email());
		page.keyboard().press("Tab");
		assertThat(focused(page.getByLabel("Password"))).as("after the e-mail: " + activeElement(page)).isTrue();
		page.keyboard().type(TestData.PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
	}

	private void logOutByKeyboard() {
		tabTo(page, page.locator("form[action='/logout'] button"));
		page.keyboard().press("Enter");
		assertThat(page.locator("form[action='/logout'] button")).hasCount(0);
	}

	/** Tab into a radio group, then the arrow keys move the choice (which saves it in the background). */
	private void chooseLevel(String name, String level) {
		tabUntil(page, "el => el.name === '" + name + "'");
		for (int i = 0; i < 8 && !level.equals(page.evaluate("() => document.activeElement.value")); i++) {
			page.keyboard().press("ArrowDown");
		}
		assertThat(page.locator("input[name='" + name + "'][value='" + level + "']")).isChecked();
	}

}
