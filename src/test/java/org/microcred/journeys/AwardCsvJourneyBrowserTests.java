package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/** An issuer administrator awards a micro-credential to people assessed at a summer institute, from a CSV file. */
class AwardCsvJourneyBrowserTests extends BrowserTest {

	@Test
	void anIssuerAdminChecksAFileSeesTheBadRowsConfirmsAndFollowsTheAwardToTheEnd() {
		Published achievement = credentials.publish("Classroom questioning");
		String title = credentials.title(achievement);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String file = """
				email,name,achievement,assessed_on,how_assessed,pd_hours
				grace-%1$s@example.org,Grace Hopper,"%2$s",2026-07-15,Portfolio reviewed by two facilitators,6
				alan-%1$s@example.org,Alan Turing,"%2$s",2026-07-15,Observed lesson and reflection,6
				not-an-address,Someone,"%2$s",2026-07-15,Portfolio,6
				ada-%1$s@example.org,Ada Lovelace,Knitting,2026-07-15,Portfolio,6
				""".formatted(tag, title);

		JourneySteps.logIn(page, achievement.admin());
		page.navigate("/manage/issuers/" + achievement.issuer().value());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Award from a file")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Award from a file");
		page.getByLabel("How they were assessed (evidence title)").fill("Assessed at the 2026 summer institute");
		page.getByLabel("CSV file").setInputFiles(new FilePayload("summer.csv", "text/csv",
				file.getBytes(StandardCharsets.UTF_8)));
		check("upload");
		checkOnPhone("upload");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check (dry run)")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Nothing is awarded until you confirm");
		assertThat(page.getByText("4 rows: 2 ready to award, 2 with problems")).isVisible();
		assertThat(page.locator("table")).containsText("This is not a valid e-mail address.");
		assertThat(page.locator("table")).containsText("\"Knitting\" is not one of your published micro-credentials");
		check("dry-run");
		checkOnPhone("dry-run");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Award 2 credentials")).click();
		assertThat(page.locator("#award-status")).hasText("Done", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		assertThat(page.locator("#award-result")).containsText("Finished: 2 credentials issued, 0 skipped");
		check("done");
		checkOnPhone("done");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Award from a file")).click();
		assertThat(page.locator("table")).containsText("summer.csv");
	}

}
