package org.microcred.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.AccountId;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.Msg;
import org.microcred.review.Agreement;
import org.microcred.review.AppealDecided;
import org.microcred.review.PoolStatus;
import org.microcred.review.ReviewRole;
import org.microcred.review.ReviewWaiting;
import org.microcred.review.ReviewerSuspended;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happens after a review is submitted: a single review decides; two concurring reviews decide; two
 * disagreeing reviews go to a moderator, whose review decides; an appeal review settles an appeal, finally. After
 * double scoring, each reviewer's agreement is checked and a reviewer below the threshold leaves live reviews.
 */
@Component
public class Decisions {

	/** Fewer paired ratings than this say too little about a reviewer to suspend them. */
	static final int MIN_PAIRED_RATINGS = 10;

	private final QueueStore queue;

	private final PoolStore pools;

	private final AuditLog audit;

	private final AgreementStats stats;

	private final PoolWatch watch;

	private final LearningService learning;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Decisions(QueueStore queue, PoolStore pools, AuditLog audit, AgreementStats stats, PoolWatch watch,
			LearningService learning, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.watch = watch;
		this.queue = queue;
		this.pools = pools;
		this.audit = audit;
		this.stats = stats;
		this.learning = learning;
		this.jdbc = jdbc;
		this.events = events;
	}

	public void afterReview(QueueStore.Item item, ReviewRole role, DesignVersion version) {
		List<QueueStore.Review> submitted = queue.reviewsOf(item.attemptId())
			.stream()
			.filter(r -> "SUBMITTED".equals(r.status()))
			.toList();
		switch (role) {
			case PRIMARY -> {
				List<QueueStore.Review> primaries = submitted.stream().filter(r -> r.role() == ReviewRole.PRIMARY).toList();
				if (primaries.size() < item.reviewsNeeded()) {
					return;
				}
				if (primaries.size() == 1) {
					decide(item, primaries.get(0), version);
					return;
				}
				primaries.forEach(r -> checkAgreement(item.credentialId(), item.issuerId(), r.reviewerId()));
				if (primaries.get(0).passed().equals(primaries.get(1).passed())) {
					decide(item, primaries.get(0), version);
				}
				else {
					queue.setStage(item.attemptId(), "MODERATION");
					audit.record(item.issuerId(), item.attemptId(), "DISAGREEMENT", null, Msg.of("review.audit.disagreement"));
					announceWaiting(item.credentialId(), version.title());
				}
			}
			case MODERATOR -> decide(item, last(submitted, ReviewRole.MODERATOR), version);
			case APPEAL -> settleAppeal(item, last(submitted, ReviewRole.APPEAL), version);
		}
	}

	private void decide(QueueStore.Item item, QueueStore.Review review, DesignVersion version) {
		boolean passed = Boolean.TRUE.equals(review.passed());
		learning.decide(new AttemptId(item.attemptId()), passed, feedback(review, version.micro()));
		queue.decide(item.attemptId(), passed);
		audit.record(item.issuerId(), item.attemptId(), "DECIDED", new AccountId(review.reviewerId()),
				Msg.of(passed ? "review.audit.passed" : "review.audit.returned", Msg.of(review.role().auditKey())));
	}

	private void settleAppeal(QueueStore.Item item, QueueStore.Review review, DesignVersion version) {
		boolean upheld = Boolean.TRUE.equals(review.passed());
		if (upheld) {
			learning.passOnAppeal(new AttemptId(item.attemptId()), feedback(review, version.micro()));
		}
		queue.decide(item.attemptId(), upheld || Boolean.TRUE.equals(item.passed()));
		jdbc.sql("update appeal set decided_at = now(), upheld = ? where attempt_id = ?").params(upheld, item.attemptId()).update();
		audit.record(item.issuerId(), item.attemptId(), "APPEAL_DECIDED", new AccountId(review.reviewerId()),
				Msg.of(upheld ? "review.audit.appeal-upheld" : "review.audit.appeal-not-upheld"));
		events.publishEvent(new AppealDecided(new AttemptId(item.attemptId()), new EnrollmentId(item.enrollmentId()),
				new AccountId(item.teacherId()), upheld));
	}

	/** Takes a reviewer off live reviews of the credential when their agreement falls below the threshold. */
	void checkAgreement(UUID credential, UUID issuer, UUID reviewer) {
		Agreement agreement = stats.ofReviewer(credential, reviewer);
		double threshold = pools.settings(issuer).agreementThreshold().doubleValue();
		if (agreement.pairs() >= MIN_PAIRED_RATINGS && !agreement.meets(threshold)) {
			pools.setStatus(credential, reviewer, PoolStatus.SUSPENDED,
					Msg.of("review.pool.suspended-reason", agreement.kappaLabel(), Agreement.label(threshold)));
			audit.record(issuer, null, "REVIEWER_SUSPENDED", new AccountId(reviewer),
					Msg.of("review.audit.kappa", agreement.kappaLabel()));
			events.publishEvent(new ReviewerSuspended(new AccountId(reviewer), new CredentialId(credential),
					new OrganizationId(issuer), agreement.kappaLabel()));
			watch.check(credential);
		}
	}

	/**
	 * After a claim ended unfinished (lapsed or released): the teacher sees the attempt waiting again, unless
	 * another reviewer still holds it or has already scored it.
	 */
	public void backToWaitingIfUnheld(QueueStore.Item item) {
		List<QueueStore.Review> reviews = queue.reviewsOf(item.attemptId());
		if ("SCORING".equals(item.stage()) && reviews.isEmpty()) {
			learning.markWaiting(new AttemptId(item.attemptId()));
		}
	}

	public void announceWaiting(UUID credential, String title) {
		List<AccountId> reviewers = pools.activeReviewers(credential).stream().map(AccountId::new).toList();
		if (!reviewers.isEmpty()) {
			events.publishEvent(new ReviewWaiting(new CredentialId(credential), title, reviewers, 1));
		}
	}

	public boolean hasAnchors(UUID credential) {
		return jdbc.sql("select exists (select 1 from calibration_anchor where credential_id = ?)")
			.param(credential)
			.query(Boolean.class)
			.single();
	}

	public String appealReason(UUID attempt) {
		return jdbc.sql("select reason from appeal where attempt_id = ?").param(attempt).query(String.class).optional().orElse(null);
	}

	static Feedback feedback(QueueStore.Review review, MicroCredentialDesign design) {
		List<Feedback.CriterionFeedback> criteria = new ArrayList<>();
		for (EvidencePart part : design.evidenceParts()) {
			for (Criterion criterion : part.criteria()) {
				String key = part.key() + "/" + criterion.key();
				String level = review.scores().get(key);
				String levelName = design.level(level).map(l -> l.name()).orElse(level);
				criteria.add(new Feedback.CriterionFeedback(part.key(), part.title(), criterion.key(), criterion.name(),
						level, levelName, design.passingRule().isBelowPassing(design.levels(), level),
						review.comments().get(key)));
			}
		}
		return new Feedback(review.summary(), criteria);
	}

	private static QueueStore.Review last(List<QueueStore.Review> reviews, ReviewRole role) {
		return reviews.stream().filter(r -> r.role() == role).reduce((a, b) -> b).orElseThrow();
	}

}
