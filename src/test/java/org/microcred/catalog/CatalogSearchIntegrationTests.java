package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.GradeBand;
import org.microcred.demo.DemoSeeder;
import org.microcred.platform.PageRequest;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Searching the demo catalog the way teachers do. */
// first in the shared database: the demo's steps expect no credentials but their own (junit-platform.properties)
@org.junit.jupiter.api.Order(1)
class CatalogSearchIntegrationTests extends IntegrationTest {

	@Autowired
	DemoSeeder demo;

	@Autowired
	CatalogService catalog;

	@BeforeEach
	void seed() {
		demo.seedOnce();
	}

	CatalogPage search(CatalogQuery query) {
		return catalog.search(query, null, new PageRequest(0, 50));
	}

	@Test
	void coachingPutsTheMentoringAndCoachingCredentialFirst() {
		assertThat(search(CatalogQuery.text("coaching")).results().items().get(0).title())
			.isEqualTo("Mentoring and Coaching in Professional Training");
	}

	@Test
	void aTypoStillFindsIt() {
		assertThat(search(CatalogQuery.text("mentorng")).results().items())
			.extracting(CatalogCard::title)
			.contains("Mentoring and Coaching in Professional Training");
		assertThat(search(CatalogQuery.text("formativ asessment")).results().items())
			.extracting(CatalogCard::title)
			.anyMatch(t -> t.startsWith("Formative Assessment"));
	}

	@Test
	void filtersCombine() {
		CatalogQuery freeShort = new CatalogQuery(null, null, null, null, null, new BigDecimal("20"), null, "free", null,
				CredentialKind.MICRO, false, false, null);
		assertThat(search(freeShort).results().items()).isNotEmpty().allSatisfy(card -> {
			assertThat(card.free()).isTrue();
			assertThat(card.workloadHours()).isLessThanOrEqualTo(new BigDecimal("20"));
			assertThat(card.kind()).isEqualTo(CredentialKind.MICRO);
		});
		CatalogQuery narrower = new CatalogQuery(null, null, GradeBand.GRADES_9_12, null, null, new BigDecimal("20"), null,
				"free", null, CredentialKind.MICRO, false, false, null);
		assertThat(search(narrower).results().total()).isLessThanOrEqualTo(search(freeShort).results().total());
		assertThat(search(narrower).results().items()).allSatisfy(card -> assertThat(card.gradeBands()).contains("Grades 9–12"));
		CatalogQuery pathways = new CatalogQuery(null, null, null, null, null, null, null, null, null, CredentialKind.STACK,
				false, false, null);
		assertThat(search(pathways).results().items()).extracting(CatalogCard::title)
			.contains("Instructional Coach Pathway");
	}

	@Test
	void draftsAndDesignsInReviewAreNotInTheCatalog() {
		assertThat(search(CatalogQuery.text("questioning discussion")).results().items())
			.noneMatch(c -> c.title().toLowerCase().contains("questioning"));
		assertThat(search(CatalogQuery.text("data inform instruction")).results().items())
			.noneMatch(c -> c.title().startsWith("Using Student Data"));
	}

	@Test
	void theApiSearchesAndShowsTheAchievement() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalog?q=coaching"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(list).contains("\"title\":\"Mentoring and Coaching in Professional Training\"").contains("\"total\":");
		String id = list.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
		String detail = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalog/" + id))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(detail).contains("\"achievementType\":\"MicroCredential\"").contains("\"type\":[\"Achievement\"]");
	}

}
