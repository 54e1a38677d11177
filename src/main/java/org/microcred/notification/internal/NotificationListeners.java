package org.microcred.notification.internal;

import java.time.Duration;

import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialReissued;
import org.microcred.badge.CredentialRevoked;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptReturned;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.notification.NoticeKind;
import org.microcred.notification.NotificationService;
import org.microcred.review.AppealDecided;
import org.microcred.review.ReviewOverdue;
import org.microcred.review.ReviewWaiting;
import org.microcred.review.ReviewerSuspended;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns what happened elsewhere into notices for the people concerned. */
@Component
class NotificationListeners {

	private final NotificationService notifications;

	private final CatalogService catalog;

	private final AccountService accounts;

	NotificationListeners(NotificationService notifications, CatalogService catalog, AccountService accounts) {
		this.notifications = notifications;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(AttemptReturned returned) {
		notifications.notify(returned.teacherId(), NoticeKind.DECISION,
				"Feedback on your submission for “" + title(returned.credentialId()) + "”",
				"A reviewer assessed attempt " + returned.attemptNumber() + " against the rubric and returned it with "
						+ "feedback. Revise what the feedback asks and resubmit when you are ready.",
				"/learn/" + returned.enrollmentId() + "#feedback");
	}

	@ApplicationModuleListener
	void on(EnrollmentPassed passed) {
		notifications.notify(passed.teacherId(), NoticeKind.DECISION,
				"You earned “" + title(passed.credentialId()) + "”",
				"Your evidence demonstrates the competency. Your verifiable badge is being issued.",
				"/learn/" + passed.enrollmentId());
	}

	@ApplicationModuleListener
	void on(CredentialIssued issued) {
		notifications.notify(issued.teacherId(), NoticeKind.BADGE,
				"Your badge for “" + title(issued.credentialId()) + "” is ready",
				"It is a signed Open Badges 3.0 credential: share it, download it or add it to your LinkedIn profile.",
				"/credentials/" + issued.id());
	}

	@ApplicationModuleListener
	void on(CredentialRevoked revoked) {
		notifications.notify(revoked.teacherId(), NoticeKind.BADGE,
				"Your badge for “" + title(revoked.credentialId()) + "” was " + (revoked.suspended() ? "suspended" : "revoked"),
				revoked.reason() == null ? "" : "Reason given by the issuer: " + revoked.reason(), "/credentials/" + revoked.id());
	}

	@ApplicationModuleListener
	void on(CredentialReissued reissued) {
		notifications.notify(reissued.teacherId(), NoticeKind.BADGE,
				"Your badge for “" + title(reissued.credentialId()) + "” was re-issued",
				"Its issuer replaced a signing key that was no longer safe and signed your badge again with the new one. "
						+ "Its page and address are unchanged; download it again to replace copies you saved before.",
				"/credentials/" + reissued.id());
	}

	/** At most one "work waiting" notice per reviewer and credential a day. */
	@ApplicationModuleListener
	void on(ReviewWaiting waiting) {
		String link = "/reviewer?credential=" + waiting.credentialId();
		for (AccountId reviewer : waiting.reviewers()) {
			if (!notifications.notifiedRecently(reviewer, NoticeKind.REVIEW_WAITING, link, Duration.ofHours(20))) {
				notifications.notify(reviewer, NoticeKind.REVIEW_WAITING,
						"Submissions wait for review: " + waiting.credentialTitle(),
						"Teachers are waiting for feedback. Claim the next submission from your queue.", link);
			}
		}
	}

	@ApplicationModuleListener
	void on(ReviewOverdue overdue) {
		accounts.withRole(Role.ISSUER_ADMIN, overdue.issuerId().value())
			.forEach(admin -> notifications.notify(admin.id(), NoticeKind.ESCALATION,
					"Overdue review: " + overdue.credentialTitle(),
					"A submission passed its turnaround target (" + overdue.dueAt() + ") without a decision.",
					"/manage/issuers/" + overdue.issuerId() + "/reviews?overdue=true"));
	}

	@ApplicationModuleListener
	void on(AppealDecided decided) {
		notifications.notify(decided.teacherId(), NoticeKind.APPEAL,
				decided.upheld() ? "Your appeal was upheld" : "Your appeal was not upheld",
				decided.upheld() ? "A second reviewer found your evidence demonstrates the competency: you earned the credential."
						: "A second reviewer confirmed the decision. You can revise your evidence and resubmit.",
				"/learn/" + decided.enrollmentId());
	}

	@ApplicationModuleListener
	void on(ReviewerSuspended suspended) {
		notifications.notify(suspended.reviewerId(), NoticeKind.REVIEWER_STATUS,
				"Please recalibrate: " + title(suspended.credentialId()),
				"Your agreement with other reviewers (kappa " + suspended.agreement() + ") fell below the issuer's "
						+ "threshold, so you are off live reviews of this credential until you pass its calibration again.",
				"/reviewer/calibration/" + suspended.credentialId());
		accounts.withRole(Role.ISSUER_ADMIN, suspended.issuerId().value())
			.forEach(admin -> notifications.notify(admin.id(), NoticeKind.ESCALATION,
					"A reviewer was taken off live reviews", "Agreement fell to kappa " + suspended.agreement() + ".",
					"/manage/issuers/" + suspended.issuerId() + "/reviews/quality"));
	}

	private String title(CredentialId credential) {
		return catalog.published(credential).map(DesignVersion::title).orElse("a credential");
	}

}
