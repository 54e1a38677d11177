package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.notification.Notice;
import org.microcred.notification.NoticeKind;
import org.microcred.notification.NotificationService;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.PageRequest;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quality review tells people what happened: quality reviewers hear a design waits for them, its authors hear it
 * was submitted, returned (with the comment) or approved; the return comment heads the design's page until the
 * design is submitted again.
 */
class QualityReviewNoticesIntegrationTests extends IntegrationTest {

	@Autowired
	CredentialDesignService designs;

	@Autowired
	CatalogService catalog;

	@Autowired
	NotificationService notifications;

	@Test
	void authorsAndQualityReviewersHearOfEachStepAndTheReturnCommentHeadsTheDesign() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser coAuthor = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser quality = data.admin(Role.QUALITY_REVIEWER, issuer);
		String title = "Noticed " + issuer;
		VersionId id = designs.createMicroCredential(author, issuer, title);
		designs.saveMicroCredential(coAuthor, id, DesignFixtures.complete(title), catalog.requireVersion(id).lockVersion());
		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());

		Notice waiting = awaitNotice(quality, 1).get(0);
		assertThat(waiting.title()).isEqualTo("A design waits for your quality review: " + title);
		assertThat(waiting.link()).isEqualTo("/quality/designs/" + id);
		assertThat(awaitNotice(coAuthor, 1).get(0).title()).isEqualTo("Submitted for quality review: " + title);
		assertThat(notices(author)).as("not told of their own step").isEmpty();

		designs.returnForRevision(quality, id, "Name the debrief step in the method components.");
		Notice returned = awaitNotice(author, 1).get(0);
		assertThat(returned.title()).isEqualTo("Returned by quality review: " + title);
		assertThat(returned.body()).contains("Name the debrief step in the method components.");
		assertThat(returned.link()).isEqualTo("/manage/designs/" + id);
		awaitNotice(coAuthor, 2);

		var browser = browserSession().logIn(author.email(), TestData.PASSWORD);
		String overview = browser.get("/manage/designs/" + id).body();
		assertThat(overview).contains("Returned by quality review (");
		assertThat(overview.indexOf("Name the debrief step")).as("the comment heads the page")
			.isLessThan(overview.indexOf("<h1"));

		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		assertThat(browser.get("/manage/designs/" + id).body()).doesNotContain("Returned by quality review (");
		designs.approve(quality, id, null, true);
		assertThat(awaitNotice(author, 2).get(0).title()).isEqualTo("Approved and published: " + title);
	}

	private List<Notice> notices(CurrentUser person) {
		return notifications.notices(person, new PageRequest(0, 20)).items().stream()
			.filter(n -> n.kind() == NoticeKind.QUALITY_REVIEW)
			.toList();
	}

	private List<Notice> awaitNotice(CurrentUser person, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices(person).size() >= count);
		return notices(person);
	}

}
