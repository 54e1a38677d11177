package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.link;
import static org.microcred.journeys.JourneySteps.logIn;
import static org.microcred.journeys.JourneySteps.logOut;
import static org.microcred.journeys.JourneySteps.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.support.BrowserTest;
import org.microcred.support.Credentials.Published;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;

/**
 * A badge page: a baked PNG downloaded from it and uploaded into the verifier verifies; the issuer revokes it and
 * the page says so, with the public reason only, and offers nothing to share or print (desktop and phone).
 */
class BadgeJourneyBrowserTests extends BrowserTest {

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	BadgeService badges;

	@Test
	void downloadTheBakedBadgeVerifyItThenSeeItRevoked() {
		Published credential = credentials.publish("Shareable");
		CurrentUser teacher = data.teacher();
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflection");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		IssuedCredential issued = badges.ofTeacher(teacher.id()).get(0);

		page.navigate("/credentials/" + issued.id());
		assertThat(page.locator(".verification")).containsText("Verified");
		assertThat(page.locator("h1")).containsText("Shareable");
		check("badge-page");
		checkOnPhone("badge-page");
		Download download = page.waitForDownload(() -> link(page, "Download the badge image (credential inside)").click());
		Path png = download.path();

		page.navigate("/verify");
		check("verifier");
		page.getByLabel("…or a file").setInputFiles(png);
		page.getByLabel("E-mail address of the earner (optional)").fill(teacher.email());
		button(page, "Verify").click();
		assertThat(page.locator(".verification h2")).containsText("Verified");
		assertThat(page.locator(".verification")).containsText("The credential was issued to " + teacher.email());
		check("verified-upload");

		logIn(page, credential.admin());
		page.navigate("/manage/issuers/" + credential.issuer() + "/badges");
		page.locator(".action-menu summary").first().click();
		link(page, "Revoke…").click();
		page.getByLabel("Reason for the teacher (required)").fill("The evidence belonged to a colleague.");
		page.getByLabel("Public note (optional)").fill("Issued in error.");
		button(page, "Revoke the badge").click();
		assertThat(status(page)).containsText("Revoked");
		check("issuer-badges");
		link(page, "Signing keys: rotate, report a key compromised, re-issue").click();
		assertThat(page.locator("h1")).containsText("Signing keys");
		check("signing-keys");
		logOut(page);

		page.navigate("/credentials/" + issued.id());
		assertThat(page.locator("main")).containsText("This credential was revoked");
		assertThat(page.locator("main")).containsText("Issued in error.");
		assertThat(page.locator("main")).not().containsText("belonged to a colleague");
		assertThat(page.locator(".verification h2")).containsText("Not verified");
		assertThat(page.locator("a[href*='linkedin.com']")).hasCount(0);
		assertThat(page.locator("a[href$='certificate.pdf'], a[href$='badge.png'], a[href$='badge.svg']")).hasCount(0);
		assertThat(page.locator("a[href*='x.com'], a[href*='facebook.com'], a[href^='mailto:'], img[src$='qr.png']")).hasCount(0);
		assertThat(page.locator(".verification-summary")).containsText("Not verified: ");
		check("revoked-badge-page");
		checkOnPhone("revoked-badge-page");
	}

}
