package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.Credentials.Published;

/** A teacher enrolls, studies, uploads a file and a reflection, submits, and sees the status. */
class EarningJourneyBrowserTests extends org.microcred.support.BrowserTest {

	@Test
	void enrollStudyUploadReflectSubmit() throws Exception {
		Published credential = credentials.publish("Questioning");
		String title = catalogTitle(credential);
		CurrentUser teacher = data.teacher();
		Path plan = Files.createTempFile("lesson-plan", ".pdf");
		Files.write(plan, org.microcred.support.Files.pdf());

		logIn(page, teacher);
		page.navigate("/catalog/" + credential.credential());
		check("catalog-detail");
		link(page, "Enroll").click();
		check("enroll");
		page.getByLabel("I meet the admission requirements above.").check();
		button(page, "Enroll").click();
		assertThat(status(page)).containsText("You are enrolled");
		assertThat(page.locator("h1")).hasText(title);

		page.locator("#resources input[type=checkbox]").first().check();
		assertThat(page.locator("#resources .save-status").first()).containsText("Marked as done");
		page.getByLabel("My notes (only you can see them)").fill("Try wait time of five seconds.");
		assertThat(page.locator("#notes .save-status")).containsText("Saved at");

		page.locator("#privacy input[name=confirmed]").check();
		page.locator("#privacy button").click();
		assertThat(status(page)).containsText("Thank you");
		page.locator("[id='file-plan']").setInputFiles(plan);
		page.locator("#part-plan form.upload button[type=submit]").click();
		page.waitForURL("**/learn/**");
		assertThat(page.locator("#part-plan")).containsText(plan.getFileName().toString());
		page.locator("[id='text-plan']").fill("My plan embeds three hinge questions.");
		page.locator("[id='text-reflection']").fill("Students explained their thinking more often.");
		assertThat(page.locator("#part-reflection .save-status")).containsText("Saved at");
		check("evidence-ready");

		page.onDialog(dialog -> dialog.accept());
		button(page, "Submit my evidence").click();
		assertThat(status(page)).containsText("Submitted");
		assertThat(page.locator(".notice").first()).containsText("Expected decision by");
		check("submitted");
		checkOnPhone("submitted");

		page.navigate("/teacher");
		assertThat(page.locator("#submitted-h + ul")).containsText(title);
		assertThat(page.locator("#submitted-h + ul")).containsText("Expected decision by");
	}

	private String catalogTitle(Published credential) {
		return credentials.title(credential);
	}

}
