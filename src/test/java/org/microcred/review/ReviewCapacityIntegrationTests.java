package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.microcred.support.ReviewFixture.allAt;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.VersionId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.notification.Notice;
import org.microcred.notification.NotificationService;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ExclusiveJobs;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.microcred.review.internal.PoolStore;
import org.microcred.review.internal.PoolWatch;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A credential nobody can review does not go live unnoticed, and issuers hear when submissions wait with no active
 * reviewer: on the demo data a credential was published with an empty pool and its teachers waited for ever.
 */
class ReviewCapacityIntegrationTests extends IntegrationTest {

	static final ReviewSettings SINGLE = new ReviewSettings(false, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30);

	@Autowired
	CredentialDesignService designs;

	@Autowired
	CatalogService catalog;

	@Autowired
	CalibrationService calibration;

	@Autowired
	ReviewAdminService admin;

	@Autowired
	NotificationService notifications;

	@Autowired
	PoolStore pools;

	@Autowired
	PoolWatch watch;

	@Autowired
	ExclusiveJobs jobs;

	@Autowired
	MessageSource messages;

	@Test
	void publishingACredentialNobodyCouldReviewTakesAnExplicitConfirmation() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser quality = data.admin(Role.QUALITY_REVIEWER, issuer);
		VersionId v1 = designs.createMicroCredential(author, issuer, "Unstaffed " + issuer);
		designs.saveMicroCredential(author, v1, DesignFixtures.complete("Unstaffed " + issuer), catalog.requireVersion(v1).lockVersion());
		designs.submitForReview(author, v1, catalog.requireVersion(v1).lockVersion());

		assertThat(designs.assessmentGaps(catalog.requireVersion(v1))).map(this::english)
			.anySatisfy(gap -> assertThat(gap).contains("No reviewer is active"))
			.anySatisfy(gap -> assertThat(gap).contains("no calibration exercise"));
		assertThatThrownBy(() -> designs.approve(quality, v1, null, false)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(english(ex)).contains("confirm that you publish it anyway"));
		assertThat(catalog.published(catalog.requireVersion(v1).credentialId())).isEmpty();
		designs.approve(quality, v1, null, true);

		var credential = catalog.requireVersion(v1).credentialId();
		calibration.addAnchor(author, credential, "Agreed plan", "A plan.", allAt("proficient"));
		CurrentUser reviewer = data.admin(Role.REVIEWER, issuer);
		pools.add(credential.value(), reviewer.id().value(), issuer.value());
		pools.setStatus(credential.value(), reviewer.id().value(), PoolStatus.ACTIVE, null);
		VersionId v2 = designs.openDraft(author, credential);
		designs.submitForReview(author, v2, catalog.requireVersion(v2).lockVersion());

		assertThat(designs.assessmentGaps(catalog.requireVersion(v2))).isEmpty();
		designs.approve(quality, v2, null, false);
		assertThat(catalog.published(credential).orElseThrow().id()).isEqualTo(v2);
	}

	@Test
	void removingTheLastActiveReviewerWhileWorkWaitsAlertsTheIssuersAdministrators() {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser issuerAdmin = setup.published().admin();
		reviews.submit(setup.credential(), data.teacher());
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> admin.waiting(issuerAdmin, setup.issuer(), false, new PageRequest(0, 5)).total() == 1);
		var page = browserSession().logIn(issuerAdmin.email(), TestData.PASSWORD);
		assertThat(page.get("/manage/issuers/" + setup.issuer() + "/reviews").body()).doesNotContain("Submissions nobody can review");

		admin.removeReviewer(issuerAdmin, setup.credential(), setup.reviewers().get(0).id());

		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !unstaffedNotices(issuerAdmin).isEmpty());
		Notice notice = unstaffedNotices(issuerAdmin).get(0);
		assertThat(notice.title()).contains(credentials.title(setup.published()));
		assertThat(notice.body()).contains("One submission waits for review, but no reviewer in the pool is active");
		assertThat(notice.link()).isEqualTo("/manage/issuers/" + setup.issuer() + "/reviews#unstaffed-" + setup.credential());
		String assessmentPage = page.get("/manage/issuers/" + setup.issuer() + "/reviews").body();
		assertThat(assessmentPage).contains("Submissions nobody can review")
			.contains("id=\"unstaffed-" + setup.credential() + "\"")
			.contains("one submission waits and no reviewer in its pool is active");

		watch.checkAll();
		watch.checkAll();
		assertThat(unstaffedNotices(issuerAdmin)).as("not repeated within a day").hasSize(1);
	}

	@Test
	void theScheduledCheckFindsPoolsThatLostTheirReviewersOnOneInstanceAtATime() throws Exception {
		var setup = reviews.credentialWithReviewers(1, SINGLE);
		CurrentUser issuerAdmin = setup.published().admin();
		reviews.submit(setup.credential(), data.teacher());
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> admin.waiting(issuerAdmin, setup.issuer(), false, new PageRequest(0, 5)).total() == 1);
		// back to calibrating without any event (as data left by earlier versions)
		pools.setStatus(setup.credential().value(), setup.reviewers().get(0).id().value(), PoolStatus.CALIBRATING, null);

		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		var otherInstance = CompletableFuture.runAsync(() -> jobs.runIfFree("review-unstaffed-pools", () -> {
			held.countDown();
			await(done);
		}));
		assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(watch.checkAll()).as("another instance holds the job").isFalse();
		done.countDown();
		otherInstance.get(10, TimeUnit.SECONDS);
		assertThat(unstaffedNotices(issuerAdmin)).isEmpty();

		assertThat(watch.checkAll()).isTrue();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> unstaffedNotices(issuerAdmin).size() == 1);
	}

	private List<Notice> unstaffedNotices(CurrentUser person) {
		return notifications.notices(person, new PageRequest(0, 20)).items().stream()
			.filter(n -> n.link() != null && n.link().contains("#unstaffed-"))
			.toList();
	}

	private String english(Object message) {
		return messages.getMessage((MessageSourceResolvable) message, java.util.Locale.ENGLISH);
	}


	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
