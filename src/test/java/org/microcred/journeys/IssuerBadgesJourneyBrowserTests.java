package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.status;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.demo.DemoAccounts;
import org.microcred.demo.DemoSeeder;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;

/**
 * The demo's issuer administrator finds a teacher's badge in the issued-badges list by searching, opens the row's
 * action menu and revokes it after a confirmation that names the earner and the credential (desktop and phone).
 */
// first in the shared database: the demo's steps expect no credentials but their own (junit-platform.properties)
@org.junit.jupiter.api.Order(1)
class IssuerBadgesJourneyBrowserTests extends BrowserTest {

	@Autowired
	DemoSeeder demo;

	@Autowired
	CatalogService catalog;

	@Autowired
	BadgeService badges;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theIssuerSearchesATeacherAndRevokesHerBadgeAfterConfirming() {
		demo.seedOnce();
		UUID nonprofit = jdbc.sql("select id from organization where name = ?").param(DemoAccounts.NONPROFIT)
			.query(UUID.class).single();
		DesignVersion design = catalog.publishedAll().stream()
			.filter(v -> v.isMicro() && v.issuerId().value().equals(nonprofit)).findFirst().orElseThrow();
		// a teacher of her own, so the demo's credentials stay as the other tests expect them
		CurrentUser rosa = data.user("Rosa Delgado", new RoleGrant(Role.TEACHER, null));
		Instant now = Instant.now();
		IssuedCredential issued = badges.issueFor(new EnrollmentPassed(new EnrollmentId(UUID.randomUUID()),
				new AttemptId(UUID.randomUUID()), rosa.id(), design.credentialId(), design.id(), 1, false, now, now));

		page.navigate("/login");
		page.getByLabel("E-mail address").fill(DemoAccounts.ISSUER_ADMIN);
		page.getByLabel("Password").fill(DemoAccounts.PASSWORD);
		button(page, "Log in").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
		page.navigate("/manage/issuers/" + nonprofit);
		link(page, "Issued badges").click();
		assertThat(page.locator("h1")).hasText("Issued badges");
		assertThat(page.locator(".issued-table")).containsText("Jordan Lee");
		check("issued-badges");
		checkOnPhone("issued-badges");

		page.getByLabel("Search", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("DELGADO");
		button(page, "Search").click();
		Locator row = page.locator(".issued-table tbody tr");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("Rosa Delgado");
		assertThat(row).containsText(rosa.email());
		assertThat(row).containsText(design.title());
		assertThat(row).containsText("Valid");
		assertThat(page.locator(".issued-table")).not().containsText("Jordan Lee");

		row.locator("summary").click();
		assertThat(row.locator(".action-menu ul")).isVisible();
		check("action-menu");
		checkOnPhone("action-menu");
		link(page, "Revoke…").click();

		assertThat(page.locator("h1")).hasText("Revoke " + design.title() + " earned by Rosa Delgado (" + rosa.email() + ")?");
		check("confirm-revoke");
		checkOnPhone("confirm-revoke");
		page.getByLabel("Reason for the teacher (required)").fill("The video shows another teacher's classroom.");
		page.getByLabel("Public note (optional)").fill("Issued in error");
		button(page, "Revoke the badge").click();

		assertThat(status(page)).containsText("Revoked " + design.title() + " earned by Rosa Delgado");
		assertThat(page.locator(".issued-table")).containsText("Rosa Delgado");
		page.getByLabel("Search", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("rosa");
		page.locator("#standing").selectOption("revoked");
		button(page, "Search").click();
		assertThat(page.locator(".issued-table tbody tr")).hasCount(1);
		assertThat(page.locator(".issued-table tbody tr")).containsText("Revoked");
		assertThat(page.locator(".issued-table tbody tr")).containsText("another teacher");
		assertThat(page.locator(".issued-table tbody tr summary")).hasCount(0);
		check("after-revoke");
		checkOnPhone("after-revoke");
		org.assertj.core.api.Assertions.assertThat(badges.get(issued.id()).state()).isEqualTo("REVOKED");
	}

}
