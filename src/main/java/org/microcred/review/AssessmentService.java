package org.microcred.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.AttemptStatus;
import org.microcred.learning.EvidenceSubmitted;
import org.microcred.learning.LearningService;
import org.microcred.learning.Submission;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.review.internal.AuditLog;
import org.microcred.review.internal.Decisions;
import org.microcred.review.internal.PoolStore;
import org.microcred.review.internal.LanguageStore;
import org.microcred.review.internal.QueueStore;
import org.microcred.review.internal.ScoreCheck;
import org.microcred.platform.ConflictException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessing submissions: the queue, claiming the next attempt (never the same slot for two reviewers, never one's
 * own work or anyone from one's own district or school), scoring every rubric criterion with comments where
 * below passing, and the decision computed from the credential's passing rule.
 */
@Service
public class AssessmentService {

	private final QueueStore queue;

	private final PoolStore pools;

	private final AuditLog audit;

	private final Decisions decisions;

	private final LearningService learning;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final LanguageStore languages;

	AssessmentService(QueueStore queue, PoolStore pools, AuditLog audit, Decisions decisions, LearningService learning,
			CatalogService catalog, OrganizationService organizations, AccountService accounts,
			ApplicationEventPublisher events, LanguageStore languages) {
		this.languages = languages;
		this.queue = queue;
		this.pools = pools;
		this.audit = audit;
		this.decisions = decisions;
		this.learning = learning;
		this.catalog = catalog;
		this.organizations = organizations;
		this.accounts = accounts;
		this.events = events;
	}

	/** Puts a submitted attempt in the queue; a sampled share is scored by two reviewers independently. */
	@Transactional
	public void enqueue(EvidenceSubmitted submitted) {
		if (learning.findAttempt(submitted.attemptId()).filter(a -> !a.status().open()).isPresent()) {
			// decided before this event was handled (an issuer recorded the result directly): nothing to review
			return;
		}
		DesignVersion version = catalog.requireVersion(submitted.versionId());
		UUID issuer = version.issuerId().value();
		double share = pools.settings(issuer).doubleScoreShare().doubleValue();
		boolean twice = !submitted.rpl() && pools.activeReviewers(submitted.credentialId().value()).size() >= 2
				&& ThreadLocalRandom.current().nextDouble() < share;
		UUID[] districts = districts(submitted.teacherId().value());
		boolean added = queue.enqueue(new QueueStore.Item(submitted.attemptId().value(),
				submitted.enrollmentId().value(), submitted.credentialId().value(), submitted.versionId().value(), issuer,
				submitted.teacherId().value(), submitted.rpl(), submitted.attemptNumber(), submitted.submittedAt(),
				submitted.dueAt(), twice ? 2 : 1, null, null, null), districts);
		if (added) {
			// the language the teacher works in: only reviewers who review in it are offered the submission
			String primary = version.micro() == null || version.micro().language() == null ? "en"
					: version.micro().language();
			String language = learning.findEnrollment(submitted.enrollmentId())
				.map(org.microcred.learning.EnrollmentView::language)
				.orElse(null);
			languages.setItemLanguage(submitted.attemptId().value(), language == null ? primary : language,
					language == null || language.equals(primary));
			audit.record(issuer, submitted.attemptId().value(), "QUEUED", null,
					Msg.of(submitted.rpl() ? "review.audit.queued-rpl" : twice ? "review.audit.queued-double"
							: "review.audit.queued", submitted.attemptNumber()));
			decisions.announceWaiting(submitted.credentialId().value(), version.title());
		}
	}

	public QueueSummary queue(CurrentUser reviewer) {
		UUID me = reviewer.id().value();
		Map<UUID, Long> waiting = queue.waitingByCredential(me, districts(me));
		List<QueueSummary.Pool> mine = pools.ofReviewer(me)
			.stream()
			.map(m -> new QueueSummary.Pool(new CredentialId(m.credentialId()), title(m.credentialId()), m.status(),
					m.reason(), waiting.getOrDefault(m.credentialId(), 0L), decisions.hasAnchors(m.credentialId())))
			.toList();
		List<QueueSummary.OpenReview> open = queue.openReviewsOf(me).stream().map(r -> {
			QueueStore.Item item = queue.item(r.attemptId()).orElseThrow();
			return new QueueSummary.OpenReview(new ReviewId(r.id()), title(item.credentialId()), r.role(), r.expiresAt(),
					item.dueAt(), r.savedAt() != null);
		}).toList();
		return new QueueSummary(mine, open);
	}

	/**
	 * Claims the attempt due first among those this reviewer may take.
	 * @return empty when nothing waits for them
	 */
	@Transactional
	public Optional<ReviewId> claimNext(CurrentUser reviewer, CredentialId credential) {
		UUID me = reviewer.id().value();
		if (credential != null && pools.member(credential.value(), me).filter(m -> m.status() == PoolStatus.ACTIVE).isEmpty()) {
			throw new ConflictException("review.claim.not-active");
		}
		Optional<QueueStore.Item> next = nextOpen(me, credential);
		if (next.isEmpty()) {
			return Optional.empty();
		}
		QueueStore.Item item = next.get();
		ReviewRole role = switch (item.stage()) {
			case "MODERATION" -> ReviewRole.MODERATOR;
			case "APPEAL" -> ReviewRole.APPEAL;
			default -> ReviewRole.PRIMARY;
		};
		UUID id = UUID.randomUUID();
		int hours = pools.settings(item.issuerId()).claimHours();
		queue.takeSlot(item.attemptId());
		queue.insertReview(id, item.attemptId(), me, role, Instant.now().plus(hours, ChronoUnit.HOURS));
		learning.markInReview(new AttemptId(item.attemptId()));
		audit.record(item.issuerId(), item.attemptId(), "CLAIMED", reviewer.id(), Msg.of(role.messageKey()));
		return Optional.of(new ReviewId(id));
	}

	/**
	 * The next item whose attempt can still be scored. An item whose attempt was decided without the queue (it
	 * would fail at submission and stall there) is closed on the way, with a line in the audit trail.
	 */
	private Optional<QueueStore.Item> nextOpen(UUID me, CredentialId credential) {
		UUID[] districts = districts(me);
		while (true) {
			Optional<QueueStore.Item> next = queue.lockNextFor(me, districts, credential == null ? null : credential.value());
			if (next.isEmpty() || "APPEAL".equals(next.get().stage())) {
				return next;
			}
			AttemptStatus status = learning.findAttempt(new AttemptId(next.get().attemptId()))
				.map(a -> a.status())
				.orElse(AttemptStatus.SUBMITTED);
			if (status.open()) {
				return next;
			}
			if (!closeDecidedElsewhere(next.get().attemptId(), status == AttemptStatus.PASSED)) {
				return next; // never loop on an item that would not close
			}
		}
	}

	/**
	 * The attempt was decided outside the queue: its item closes and a claim still held on it ends.
	 * @return whether an open item was closed
	 */
	@Transactional
	public boolean closeDecidedElsewhere(UUID attempt, boolean passed) {
		if (!queue.closeDecidedElsewhere(attempt, passed)) {
			return false;
		}
		QueueStore.Item item = queue.item(attempt).orElseThrow();
		audit.record(item.issuerId(), attempt, "DECIDED", null,
				Msg.of(passed ? "review.audit.decided-elsewhere-passed" : "review.audit.decided-elsewhere-returned"));
		return true;
	}

	/**
	 * Hands a claimed attempt back to the queue before the claim lapses (a conflict of interest, no time): other
	 * reviewers may take it at once; it is not offered to this reviewer again. Scores saved so far stay with the
	 * released review, unseen by the next reviewer.
	 */
	@Transactional
	public void release(CurrentUser reviewer, ReviewId id) {
		QueueStore.Review review = open(reviewer, id);
		if (!queue.release(review.id())) {
			throw new ConflictException("review.release.not-claimed");
		}
		queue.releaseSlot(review.attemptId());
		QueueStore.Item item = queue.item(review.attemptId()).orElseThrow();
		audit.record(item.issuerId(), item.attemptId(), "CLAIM_RELEASED", reviewer.id(), null);
		decisions.backToWaitingIfUnheld(item);
	}

	/** The review and its evidence, for the reviewer who holds it; anyone else gets "not found". */
	public ReviewWorkspace workspace(CurrentUser reviewer, ReviewId id) {
		QueueStore.Review review = own(reviewer, id);
		QueueStore.Item item = queue.item(review.attemptId()).orElseThrow();
		DesignVersion version = catalog.requireVersion(new VersionId(item.versionId()));
		boolean blind = pools.settings(item.issuerId()).blindReview();
		String teacherName = null;
		String school = null;
		if (!blind) {
			teacherName = accounts.find(new org.microcred.identity.AccountId(item.teacherId()))
				.map(a -> a.displayName())
				.orElse(null);
			school = organizations.districtsOf(new org.microcred.identity.AccountId(item.teacherId()))
				.stream()
				.findFirst()
				.flatMap(d -> organizations.membership(d, new org.microcred.identity.AccountId(item.teacherId())))
				.map(m -> m.schoolName())
				.orElse(null);
		}
		List<ReviewWorkspace.PastReview> others = new ArrayList<>();
		if (review.role() != ReviewRole.PRIMARY) {
			queue.reviewsOf(item.attemptId())
				.stream()
				.filter(r -> !r.id().equals(review.id()) && "SUBMITTED".equals(r.status()))
				.forEach(r -> others.add(new ReviewWorkspace.PastReview(r.role(), Boolean.TRUE.equals(r.passed()),
						r.scores(), r.comments(), r.summary())));
		}
		Submission submission = learning.submission(new AttemptId(item.attemptId()));
		Resubmission previous = queue.previousAttempt(item.enrollmentId(), item.attemptNumber())
			.map(before -> Resubmission.of(learning.submission(new AttemptId(before)), submission,
					version.micro().evidenceParts().stream().map(p -> p.key()).toList()))
			.orElse(null);
		return new ReviewWorkspace(id, review.role(), review.status(), review.expiresAt(), version, submission,
				review.scores(), review.comments(), review.summary(), review.savedAt(), teacherName, school, others,
				review.role() == ReviewRole.APPEAL ? decisions.appealReason(item.attemptId()) : null, previous);
	}

	/** Saves scores and comments so far; they survive a session timeout. */
	@Transactional
	public void saveDraft(CurrentUser reviewer, ReviewId id, Map<String, String> scores, Map<String, String> comments,
			String summary) {
		QueueStore.Review review = open(reviewer, id);
		DesignVersion version = versionOf(review);
		ScoreCheck.requireKnown(version.micro(), scores);
		queue.saveDraft(id.value(), clean(scores), clean(comments), summary);
	}

	/**
	 * Submits the review. The decision is computed from the passing rule.
	 * @return whether the scores pass
	 */
	@Transactional
	public boolean submit(CurrentUser reviewer, ReviewId id, Map<String, String> scores, Map<String, String> comments,
			String summary) {
		QueueStore.Review review = open(reviewer, id);
		QueueStore.Item item = queue.lockItem(review.attemptId()).orElseThrow();
		DesignVersion version = catalog.requireVersion(new VersionId(item.versionId()));
		Map<String, String> cleanScores = clean(scores);
		Map<String, String> cleanComments = clean(comments);
		ScoreCheck.requireComplete(version.micro(), cleanScores, cleanComments, summary);
		boolean passed = version.micro().passes(cleanScores);
		queue.saveDraft(id.value(), cleanScores, cleanComments, summary.strip());
		if (!queue.submit(id.value(), passed)) {
			throw new ConflictException("review.release.not-claimed");
		}
		audit.record(item.issuerId(), item.attemptId(), "SCORED", reviewer.id(),
				Msg.of(passed ? "review.audit.scored-passes" : "review.audit.scored-returns",
						Msg.of(review.role().messageKey()), cleanScores.toString()));
		decisions.afterReview(item, review.role(), version);
		return passed;
	}

	private QueueStore.Review own(CurrentUser reviewer, ReviewId id) {
		return queue.review(id.value())
			.filter(r -> r.reviewerId().equals(reviewer.id().value()) && !"EXPIRED".equals(r.status())
					&& !"RELEASED".equals(r.status()))
			.orElseThrow(() -> new NotFoundException("review.not-found"));
	}

	private QueueStore.Review open(CurrentUser reviewer, ReviewId id) {
		QueueStore.Review review = queue.lockReview(id.value())
			.filter(r -> r.reviewerId().equals(reviewer.id().value()))
			.orElseThrow(() -> new NotFoundException("review.not-found"));
		if ("SUBMITTED".equals(review.status())) {
			throw new ConflictException("review.already-submitted");
		}
		if ("RELEASED".equals(review.status())) {
			throw new ConflictException("review.release.not-claimed");
		}
		if ("EXPIRED".equals(review.status()) || review.expiresAt().isBefore(Instant.now())) {
			throw new ConflictException("review.claim-expired");
		}
		return review;
	}

	private DesignVersion versionOf(QueueStore.Review review) {
		return catalog.requireVersion(new VersionId(queue.item(review.attemptId()).orElseThrow().versionId()));
	}

	/** The credential's title, or null when it is no longer published (pages then say so). */
	private String title(UUID credential) {
		return catalog.published(new CredentialId(credential)).map(DesignVersion::title).orElse(null);
	}

	private UUID[] districts(UUID account) {
		return organizations.districtsOf(new org.microcred.identity.AccountId(account))
			.stream()
			.map(OrganizationId::value)
			.toArray(UUID[]::new);
	}

	private static Map<String, String> clean(Map<String, String> values) {
		Map<String, String> clean = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((k, v) -> {
				if (v != null && !v.isBlank()) {
					clean.put(k, v.strip());
				}
			});
		}
		return clean;
	}

}
