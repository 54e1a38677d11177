package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.catalog.design.StackDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.EnrollmentService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalog finds every credential, counts only valid credentials, and tells a teacher where they stand. */
class CatalogFindsEverythingIntegrationTests extends IntegrationTest {

	@Autowired
	CatalogService catalog;

	@Autowired
	CredentialDesignService designs;

	@Autowired
	BadgeService badges;

	@Autowired
	EnrollmentService enrollments;

	@Test
	void theTopicFilterOffersEveryTopicNotOnlyTheFirstOnes() {
		String tag = "zz" + UUID.randomUUID().toString().substring(0, 6);
		List<String> skills = IntStream.range(0, 30).mapToObj(i -> tag + " topic " + (10 + i)).toList();
		credentials.publish(DesignFixtures.complete("Many topics " + tag, List.of(), skills));

		String page = browserSession().get("/catalog").body();

		assertThat(page).contains("value=\"" + tag + " topic 10\"").contains("value=\"" + tag + " topic 39\"");
		String filtered = browserSession().get("/catalog?topic=" + URLEncoder.encode(tag + " topic 39", StandardCharsets.UTF_8)).body();
		assertThat(filtered).contains("Many topics " + tag);
	}

	@Test
	void earnedCountsCountValidCredentialsAndAPathwayCountsOnlyItsOwnCredentials() {
		Published first = credentials.publish("Counted part one");
		Published second = credentials.publish(first.issuer(), first.admin(), first.quality(),
				DesignFixtures.complete("Counted part two " + UUID.randomUUID().toString().substring(0, 6)));
		CredentialId pathway = pathway(first, second);
		CurrentUser completes = data.teacher();
		CurrentUser revoked = data.teacher();
		CurrentUser halfway = data.teacher();

		issue(first, completes);
		issue(second, completes);
		IssuedCredential withdrawn = issue(first, revoked);
		issue(first, halfway);
		badges.revoke(first.admin(), withdrawn.id(), "Evidence was not the teacher's own.");

		assertThat(catalog.detail(first.credential(), null).earnedCount()).isEqualTo(2);
		assertThat(catalog.detail(second.credential(), null).earnedCount()).isEqualTo(1);
		assertThat(catalog.detail(pathway, null).earnedCount()).isEqualTo(1);
		assertThat(catalog.detail(pathway, completes).earned()).isTrue();
		assertThat(catalog.detail(first.credential(), revoked).earned()).isFalse();
	}

	@Test
	void cardsShowTheSignedInTeachersOwnStatus() {
		String tag = "Statuscheck" + UUID.randomUUID().toString().substring(0, 6);
		Published enrolled = credentials.publish(DesignFixtures.complete(tag + " enrolled"));
		Published submitted = credentials.publish(DesignFixtures.complete(tag + " submitted"));
		Published earned = credentials.publish(DesignFixtures.complete(tag + " earned"));
		CurrentUser teacher = data.teacher();
		enrollments.enroll(teacher, enrolled.credential(), false);
		reviews.submit(submitted.credential(), teacher);
		issue(earned, teacher);

		String page = browserSession().logIn(teacher.email(), TestData.PASSWORD).get("/catalog?q=" + tag).body();

		assertThat(card(page, tag + " enrolled")).contains("You are enrolled").doesNotContain("Submitted");
		assertThat(card(page, tag + " submitted")).contains("Submitted for review");
		assertThat(card(page, tag + " earned")).contains("Earned");
		assertThat(browserSession().get("/catalog?q=" + tag).body()).doesNotContain("You are enrolled");
	}

	@Test
	void anyPageNumberShowsACatalogNeverAnError() {
		for (String page : List.of("99999", "-3", "abc", "99999999999", "1e5")) {
			HttpResponse<String> response = browserSession().get("/catalog?page=" + page);
			assertThat(response.statusCode()).as("page=" + page).isEqualTo(200);
			assertThat(response.body()).as("page=" + page).contains("id=\"results\"");
		}
		credentials.publish("Listed");
		assertThat(browserSession().get("/catalog?page=99999").body()).as("clamped to the last page")
			.contains("<li class=\"card");
	}

	private CredentialId pathway(Published first, Published second) {
		VersionId stack = designs.createStack(first.admin(), first.issuer(), "Counted pathway " + UUID.randomUUID());
		designs.saveStack(first.admin(), stack, new StackDesign("Counted pathway", "Both parts.", "Two micro-credentials.",
				List.of("Both"), List.of(first.credential().value(), second.credential().value()), Set.of(), 2,
				"Quality assured.", null, List.of(), "en"), catalog.requireVersion(stack).lockVersion());
		designs.submitForReview(first.admin(), stack, catalog.requireVersion(stack).lockVersion());
		designs.approve(first.quality(), stack, null, true);
		return catalog.requireVersion(stack).credentialId();
	}

	private IssuedCredential issue(Published credential, CurrentUser teacher) {
		java.time.Instant now = java.time.Instant.now();
		return badges.issueFor(new EnrollmentPassed(new EnrollmentId(UUID.randomUUID()), new AttemptId(UUID.randomUUID()),
				teacher.id(), credential.credential(), credential.version(), 1, false, now, now));
	}

	/** The HTML of the card with this title. */
	private static String card(String page, String title) {
		int at = page.indexOf(">" + title + "<");
		assertThat(at).as(title + " listed").isPositive();
		int start = page.lastIndexOf("<li class=\"card", at);
		int end = page.indexOf("</li>\n", page.indexOf("<p>", at));
		return page.substring(start, end < 0 ? page.length() : end);
	}

}
