package org.microcred.notification.internal;

import java.time.Duration;
import java.util.Locale;

import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialReissued;
import org.microcred.badge.CredentialRevoked;
import org.microcred.badge.CredentialsAwarded;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.QualityReviewStep;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptReturned;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.notification.NoticeKind;
import org.microcred.notification.NotificationService;
import org.microcred.platform.Msg;
import org.microcred.review.AppealDecided;
import org.microcred.review.PoolUnstaffed;
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
				Msg.of("notification.returned.title", title(returned.credentialId())),
				Msg.of("notification.returned.body", returned.attemptNumber()),
				"/learn/" + returned.enrollmentId() + "#feedback");
	}

	@ApplicationModuleListener
	void on(EnrollmentPassed passed) {
		notifications.notify(passed.teacherId(), NoticeKind.DECISION,
				Msg.of("notification.passed.title", title(passed.credentialId())), Msg.of("notification.passed.body"),
				"/learn/" + passed.enrollmentId());
	}

	@ApplicationModuleListener
	void on(CredentialIssued issued) {
		if (issued.bulk()) {
			return; // its recipient is notified with the others of the batch (CredentialsAwarded)
		}
		notifications.notify(issued.teacherId(), NoticeKind.BADGE,
				Msg.of("notification.issued.title", title(issued.credentialId())), Msg.of("notification.issued.body"),
				"/credentials/" + issued.id());
	}

	/** Recipients of a bulk award: the same notice as for one credential, written for all of them at once. */
	@ApplicationModuleListener
	void on(CredentialsAwarded awarded) {
		Object title = title(awarded.credentialId());
		notifications.notifyAll(awarded.recipients().stream()
			.map(r -> new NotificationService.Outgoing(r.teacherId(), NoticeKind.BADGE,
					Msg.of("notification.issued.title", title), Msg.of("notification.issued.body"), "/credentials/" + r.id()))
			.toList());
	}

	@ApplicationModuleListener
	void on(CredentialRevoked revoked) {
		notifications.notify(revoked.teacherId(), NoticeKind.BADGE,
				Msg.of(revoked.suspended() ? "notification.suspended.title" : "notification.revoked.title",
						title(revoked.credentialId())),
				revoked.reason() == null ? null : Msg.of("notification.revoked.body", revoked.reason()),
				"/credentials/" + revoked.id());
	}

	@ApplicationModuleListener
	void on(CredentialReissued reissued) {
		notifications.notify(reissued.teacherId(), NoticeKind.BADGE,
				Msg.of("notification.reissued.title", title(reissued.credentialId())), Msg.of("notification.reissued.body"),
				"/credentials/" + reissued.id());
	}

	/** At most one "work waiting" notice per reviewer and credential a day. */
	@ApplicationModuleListener
	void on(ReviewWaiting waiting) {
		String link = "/reviewer?credential=" + waiting.credentialId();
		for (AccountId reviewer : waiting.reviewers()) {
			if (!notifications.notifiedRecently(reviewer, NoticeKind.REVIEW_WAITING, link, Duration.ofHours(20))) {
				notifications.notify(reviewer, NoticeKind.REVIEW_WAITING,
						Msg.of("notification.waiting.title", waiting.credentialTitle()),
						Msg.of("notification.waiting.body"), link);
			}
		}
	}

	@ApplicationModuleListener
	void on(ReviewOverdue overdue) {
		accounts.withRole(Role.ISSUER_ADMIN, overdue.issuerId().value())
			.forEach(admin -> notifications.notify(admin.id(), NoticeKind.ESCALATION,
					Msg.of("notification.overdue.title", overdue.credentialTitle()),
					Msg.of("notification.overdue.body", overdue.dueAt()),
					"/manage/issuers/" + overdue.issuerId() + "/reviews?overdue=true"));
	}

	@ApplicationModuleListener
	void on(AppealDecided decided) {
		String outcome = decided.upheld() ? "upheld" : "not-upheld";
		notifications.notify(decided.teacherId(), NoticeKind.APPEAL, Msg.of("notification.appeal." + outcome + ".title"),
				Msg.of("notification.appeal." + outcome + ".body"), "/learn/" + decided.enrollmentId());
	}

	@ApplicationModuleListener
	void on(ReviewerSuspended suspended) {
		notifications.notify(suspended.reviewerId(), NoticeKind.REVIEWER_STATUS,
				Msg.of("notification.recalibrate.title", title(suspended.credentialId())),
				Msg.of("notification.recalibrate.body", suspended.agreement()),
				"/reviewer/calibration/" + suspended.credentialId());
		accounts.withRole(Role.ISSUER_ADMIN, suspended.issuerId().value())
			.forEach(admin -> notifications.notify(admin.id(), NoticeKind.ESCALATION,
					Msg.of("notification.reviewer-suspended.title"),
					Msg.of("notification.reviewer-suspended.body", suspended.agreement()),
					"/manage/issuers/" + suspended.issuerId() + "/reviews/quality"));
	}

	/** At most one notice a day per administrator and credential: the scheduled check repeats until it is fixed. */
	@ApplicationModuleListener
	void on(PoolUnstaffed unstaffed) {
		String link = "/manage/issuers/" + unstaffed.issuerId() + "/reviews#unstaffed-" + unstaffed.credentialId();
		Object title = unstaffed.credentialTitle().isEmpty() ? title(unstaffed.credentialId()) : unstaffed.credentialTitle();
		accounts.withRole(Role.ISSUER_ADMIN, unstaffed.issuerId().value()).stream()
			.filter(admin -> !notifications.notifiedRecently(admin.id(), NoticeKind.ESCALATION, link, Duration.ofHours(20)))
			.forEach(admin -> notifications.notify(admin.id(), NoticeKind.ESCALATION,
					Msg.of("notification.unstaffed.title", title),
					Msg.of("notification.unstaffed.body", unstaffed.waiting()), link));
	}

	/**
	 * A design's authors hear of every quality-review step but their own; on submission, the issuer's quality
	 * reviewers who did not work on it hear that it waits for them.
	 */
	@ApplicationModuleListener
	void on(QualityReviewStep step) {
		String kind = step.step().name().toLowerCase(Locale.ROOT);
		step.authors().stream().filter(author -> !author.equals(step.actor()))
			.forEach(author -> notifications.notify(author, NoticeKind.QUALITY_REVIEW,
					Msg.of("notification.quality." + kind + ".title", step.title()),
					step.comment() == null ? null : Msg.of("notification.quality.comment", step.comment()),
					"/manage/designs/" + step.versionId()));
		if (step.step() == QualityReviewStep.Step.SUBMITTED) {
			accounts.withRole(Role.QUALITY_REVIEWER, step.issuerId().value()).stream()
				.filter(reviewer -> !step.authors().contains(reviewer.id()))
				.forEach(reviewer -> notifications.notify(reviewer.id(), NoticeKind.QUALITY_REVIEW,
						Msg.of("notification.quality.waiting.title", step.title()),
						Msg.of("notification.quality.waiting.body"), "/quality/designs/" + step.versionId()));
		}
	}

	/** The credential's title, or the words a credential in the reader's language when it is no longer published. */
	private Object title(CredentialId credential) {
		return catalog.published(credential).<Object>map(DesignVersion::title).orElse(Msg.of("notification.a-credential"));
	}

}
