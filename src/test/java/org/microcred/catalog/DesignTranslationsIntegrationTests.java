package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.DesignTranslation;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.support.Credentials;
import org.microcred.support.Credentials.Published;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An issuer gives a design its texts in Spanish too: saved with the draft, published and frozen with it, copied
 * into the next draft; the catalog, detail and achievement show Spanish to Spanish readers and the original,
 * saying so, to readers of a language the design lacks.
 */
class DesignTranslationsIntegrationTests extends IntegrationTest {

	static final Map<String, String> SPANISH = Map.of("Accept-Language", "es-MX,es;q=0.9");

	static final Map<String, String> FRENCH = Map.of("Accept-Language", "fr");

	@Autowired
	CredentialDesignService designs;

	@Autowired
	DesignTranslationService translations;

	@Autowired
	CatalogService catalog;

	@Test
	void theIssuerTranslatesADraftInTheEditorAndItIsFrozenOncePublished() {
		OrganizationId issuer = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser quality = data.admin(Role.QUALITY_REVIEWER, issuer);
		MicroCredentialDesign design = DesignFixtures.complete("Questioning " + UUID.randomUUID().toString().substring(0, 6));
		VersionId id = designs.createMicroCredential(admin, issuer, design.title());
		designs.saveMicroCredential(admin, id, design, catalog.requireVersion(id).lockVersion());

		WebClientSession session = browserSession().logIn(admin.email(), TestData.PASSWORD);
		String overview = session.get("/manage/designs/" + id).body();
		assertThat(overview).contains("Languages", "English (primary language)", "Add a language");
		String page = "/manage/designs/" + id + "/translations/es";
		assertThat(session.get("/manage/designs/" + id + "/translations?language=es").statusCode()).isEqualTo(302);
		String form = session.get(page).body();
		assertThat(form).contains("Spanish texts of version 1", "English: " + design.title(), "Criterion “Clear goal”",
				"“Clear goal” at level “Proficient”", "Title of “A reading”");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "");
		assertThat(session.post(page, page, fields).statusCode()).isEqualTo(400);
		fields.put("title", "Preguntas que hacen pensar");
		fields.put("summary", "Preguntas abiertas en clase.");
		fields.put("competencyStatement", "El docente formula preguntas abiertas.");
		fields.put("levels[proficient]", "Competente");
		fields.put("partTitles[plan]", "Plan de clase");
		fields.put("criterionNames[plan/goal]", "Objetivo claro");
		fields.put("descriptors[plan/goal/proficient]", "El objetivo está claramente presente.");
		fields.put("resourceTitles[0]", "Una lectura");
		HttpResponse<String> saved = session.post(page, page, fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(session.get("/manage/designs/" + id).body()).contains("The translation is saved", "Edit the texts in Spanish",
				"Translation saved");

		DesignTranslation stored = translations.translation(admin, id, "es").orElseThrow();
		assertThat(stored.title()).isEqualTo("Preguntas que hacen pensar");
		assertThat(stored.criteria().get("plan/goal").descriptors()).containsEntry("proficient",
				"El objetivo está claramente presente.");
		assertThat(translations.languages(catalog.requireVersion(id))).containsExactly("en", "es");

		// only the issuer's administrators translate; the design's own language is not a translation
		assertThatThrownBy(() -> translations.save(data.teacher(), id, Credentials.spanish(design)))
			.isInstanceOf(AccessDeniedException.class);
		DesignTranslation english = new DesignTranslation("en", "Other", null, null, null, null, null, null);
		assertThatThrownBy(() -> translations.save(admin, id, english)).isInstanceOf(InvalidInputException.class);
		DesignTranslation nonsense = new DesignTranslation("not a tag", "X", null, null, null, null, null, null);
		assertThatThrownBy(() -> translations.save(admin, id, nonsense)).isInstanceOf(InvalidInputException.class);

		designs.submitForReview(admin, id, catalog.requireVersion(id).lockVersion());
		assertThatThrownBy(() -> translations.save(admin, id, Credentials.spanish(design)))
			.isInstanceOf(ConflictException.class);
		designs.approve(quality, id, null, true);
		assertThatThrownBy(() -> translations.remove(admin, id, "es")).isInstanceOf(ConflictException.class);
		assertThat(session.post(page, page, fields).statusCode()).isEqualTo(302);
		assertThat(translations.translation(admin, id, "es").orElseThrow().title()).isEqualTo("Preguntas que hacen pensar");
		assertThat(session.get(page).body()).contains("no longer a draft").doesNotContain("Save the texts in Spanish");

		// the next version starts with the published Spanish texts, and may change them
		VersionId next = designs.openDraft(admin, catalog.requireVersion(id).credentialId());
		assertThat(translations.translation(admin, next, "es").orElseThrow().title()).isEqualTo("Preguntas que hacen pensar");
		translations.remove(admin, next, "es");
		assertThat(translations.languages(catalog.requireVersion(next))).containsExactly("en");
		assertThat(translations.translation(admin, id, "es")).isPresent();
	}

	@Test
	void theCatalogShowsSpanishToSpanishReadersAndTheOriginalWithANoteToOthers() {
		Published credential = credentials.publishInEnglishAndSpanish("Wait time");
		String english = credentials.title(credential);
		String detail = "/catalog/" + credential.credential();

		String spanish = browserSession().get(detail, SPANISH).body();
		assertThat(spanish).contains("ES " + english, "Resumen en español.", "El docente aplica el método",
				"Objetivo claro", "Claramente presente.", "Plan de clase", "Una lectura", "También en:", "Inglés")
			.doesNotContain("Se muestra en Inglés");
		assertThat(browserSession().get(detail, Map.of()).body()).contains(english, "Short summary of", "Also in:",
				"Spanish").doesNotContain("ES " + english);
		assertThat(browserSession().get(detail, FRENCH).body()).contains(english, "lang=\"en\"");

		String list = "/catalog?q=" + java.net.URLEncoder.encode(english, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(browserSession().get(list, SPANISH).body()).contains("ES " + english, "Resumen en español.");
		assertThat(browserSession().get(list, Map.of()).body()).contains(english).doesNotContain("ES " + english);

		// the achievement in each language, linking the other as OB 3.0's Related
		String achievement = "/achievements/" + credential.version();
		String en = browserSession().get(achievement, "application/json").body();
		assertThat(en).contains("\"inLanguage\":\"en\"", "\"type\":[\"Related\"]", achievement + "?lang=es");
		String es = browserSession().get(achievement + "?lang=es", "application/json").body();
		assertThat(es).contains("\"name\":\"ES " + english + "\"", "\"inLanguage\":\"es\"",
				"\"id\":\"" + "http", achievement + "\",\"type\":[\"Related\"],\"inLanguage\":\"en\"");
	}

}
