package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.microcred.support.DesignFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An issuer writes a design's Spanish texts in the design editor; once published, a Spanish reader sees the
 * catalog page in Spanish, and a credential earned in Spanish says so on its badge page in both languages.
 */
class MultilingualCredentialBrowserTests extends BrowserTest {

	@Autowired
	CredentialDesignService designs;

	@Autowired
	CatalogService catalog;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	BadgeService badges;

	@Test
	void anIssuerTranslatesADesignAndSpanishReadersSeeItInSpanish() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser quality = data.admin(Role.QUALITY_REVIEWER, issuer);
		MicroCredentialDesign design = DesignFixtures.complete("Think-pair-share " + UUID.randomUUID().toString().substring(0, 6));
		VersionId id = designs.createMicroCredential(author, issuer, design.title());
		designs.saveMicroCredential(author, id, design, catalog.requireVersion(id).lockVersion());

		JourneySteps.logIn(page, author);
		page.navigate("/manage/designs/" + id);
		page.getByLabel("Add a language").selectOption("es");
		JourneySteps.button(page, "Translate").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Spanish texts");
		check("translation-form");
		checkOnPhone("translation-form");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Pensar, conversar en pareja y compartir");
		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("Una rutina de conversación en parejas.");
		page.getByLabel("Criterion “Clear goal”", new Page.GetByLabelOptions().setExact(true)).fill("Objetivo claro");
		page.getByLabel("Level “Proficient”", new Page.GetByLabelOptions().setExact(true)).fill("Competente");
		JourneySteps.button(page, "Save the texts in Spanish").click();
		assertThat(JourneySteps.status(page)).containsText("The translation is saved");
		assertThat(page.locator(".design-languages")).containsText("Edit the texts in Spanish");
		check("design-languages");

		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		designs.approve(quality, id, null, true);
		var credential = catalog.requireVersion(id).credentialId();

		page.navigate("/catalog/" + credential + "?lang=es");
		assertThat(page.locator("h1")).hasText("Pensar, conversar en pareja y compartir");
		assertThat(page.locator(".language-note")).containsText("También en:");
		assertThat(page.locator("body")).containsText("Objetivo claro");
		check("catalog-spanish");
		checkOnPhone("catalog-spanish");

		// a teacher earns it in Spanish; the badge page says so to English and Spanish visitors
		CurrentUser teacher = data.teacher();
		EnrollmentId enrollment = enrollments.enroll(teacher, credential, false, Locale.forLanguageTag("es"));
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflexión");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Bien", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		IssuedCredential issued = badges.ofTeacher(teacher.id()).get(0);

		page.navigate("/credentials/" + issued.id() + "?lang=en");
		assertThat(page.locator("h1")).hasText(design.title());
		assertThat(page.locator(".language-note")).containsText("Earned in Spanish");
		check("badge-english");
		page.navigate("/credentials/" + issued.id() + "?lang=es");
		assertThat(page.locator("h1")).hasText("Pensar, conversar en pareja y compartir");
		check("badge-spanish");
		checkOnPhone("badge-spanish");
	}

}
