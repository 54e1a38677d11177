package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcred.badge.AwardRequest;
import org.microcred.badge.BadgeService;
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * An issuer administrator connects the issuer's own systems: creates an API client (its secret shown once), revokes
 * it, registers a webhook endpoint (an internal address is refused), reads the delivery log and sends one again.
 */
class IntegrationSettingsBrowserTests extends BrowserTest {

	@Autowired
	BadgeService badges;

	@Test
	void anIssuerAdminCreatesAnApiClientAndAWebhookAndReadsTheDeliveryLog() {
		Published achievement = credentials.publish("Integration settings");
		page.onDialog(dialog -> dialog.accept());
		JourneySteps.logIn(page, achievement.admin());
		page.navigate("/manage/issuers/" + achievement.issuer().value());
		JourneySteps.link(page, "API clients").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("API clients");
		assertThat(page.getByText("No API client yet.")).isVisible();

		page.getByLabel("Name").fill("District HR system");
		page.getByLabel("credentials:issue").check();
		page.getByLabel("credentials:revoke").check();
		JourneySteps.button(page, "Create API client").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Copy the secret now")))
			.isVisible();
		assertThat(page.locator("code.secret")).containsText("mcs_");
		assertThat(page.locator("table")).containsText("District HR system");
		assertThat(page.locator("table")).containsText("Never");
		check("api-clients");
		checkOnPhone("api-clients");

		page.reload();
		assertThat(page.locator("code.secret")).hasCount(0);
		JourneySteps.button(page, "Revoke the API client District HR system").click();
		assertThat(JourneySteps.status(page)).containsText("API client revoked");
		assertThat(page.locator("table")).containsText("Revoked");

		page.navigate("/manage/organizations/" + achievement.issuer().value() + "/webhooks");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Webhooks");
		page.getByLabel("URL").fill("https://10.0.0.5/hooks");
		page.getByLabel("credential.issued").check();
		JourneySteps.button(page, "Add endpoint").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("internal address 10.0.0.5");
		assertThat(page.getByText("No endpoint yet.")).isVisible();

		// nothing listens on port 9 of the loopback (allowed in the tests): deliveries keep failing and are retried
		page.getByLabel("URL").fill("http://127.0.0.1:9/hooks");
		page.getByLabel("credential.issued").check();
		JourneySteps.button(page, "Add endpoint").click();
		assertThat(page.locator("code.secret")).containsText("whsec_");
		badges.issueAll(achievement.admin(), achievement.version(), List.of(new AwardRequest("browser-1",
				data.teacher().id(), BigDecimal.ONE, "Assessed at the summer institute", "A portfolio.")));
		page.waitForCondition(() -> {
			page.reload();
			return page.getByText("Retrying").count() > 0 && page.getByText("last answer").count() > 0;
		}, new Page.WaitForConditionOptions().setTimeout(30_000));
		assertThat(page.locator("table").last()).containsText("credential.issued");
		assertThat(page.locator("table").last()).containsText("last answer: Connection refused");
		check("webhooks");
		checkOnPhone("webhooks");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Send the credential.issued event")))
			.first()
			.click();
		assertThat(JourneySteps.status(page)).containsText("will be sent again",
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
	}

}
