package org.microcred.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.review.AssessmentService;
import org.microcred.review.PoolStatus;
import org.microcred.review.ReviewerLanguages;
import org.microcred.support.IntegrationTest;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo catalog has credentials in English and Spanish, and a reviewer who reviews in Spanish. */
// first in the shared database: the demo's steps expect no credentials but their own (junit-platform.properties)
@org.junit.jupiter.api.Order(1)
class MultilingualDemoIntegrationTests extends IntegrationTest {

	@Autowired
	DemoSeeder demo;

	@Autowired
	CatalogService catalog;

	@Autowired
	DesignTranslationService translations;

	@Autowired
	AccountService accounts;

	@Autowired
	ReviewerLanguages reviewerLanguages;

	@Autowired
	AssessmentService assessment;

	@BeforeEach
	void seed() {
		demo.seedOnce();
	}

	@Test
	void atLeastFourDemoCredentialsAreInEnglishAndSpanishAndASpanishReviewerReviewsThem() {
		List<DesignVersion> bilingual = catalog.publishedAll()
			.stream()
			.filter(v -> translations.languages(v).containsAll(List.of("en", "es")))
			.toList();
		assertThat(bilingual).hasSizeGreaterThanOrEqualTo(4)
			.extracting(DesignVersion::title)
			.contains("Formative Assessment: Checking for Understanding", "Supporting English Learners in Content Classes");

		String spanishCatalog = browserSession().get("/catalog?q=formative", Map.of("Accept-Language", "es")).body();
		assertThat(spanishCatalog).contains("Evaluación formativa: comprobar la comprensión");

		CurrentUser revisora = accounts.reload(accounts.findByEmail(DemoAccounts.SPANISH_REVIEWER).orElseThrow().id())
			.orElseThrow();
		assertThat(reviewerLanguages.of(revisora)).contains("es");
		assertThat(assessment.queue(revisora).pools())
			.filteredOn(p -> bilingual.stream().anyMatch(v -> v.credentialId().equals(p.credentialId())))
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(p -> assertThat(p.status()).isEqualTo(PoolStatus.ACTIVE));
		WebClientSession session = browserSession().logIn(DemoAccounts.SPANISH_REVIEWER, DemoAccounts.PASSWORD);
		assertThat(session.get("/reviewer").body()).contains("Idiomas en los que evalúa");
	}

}
