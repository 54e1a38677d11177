package org.microcred.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.AttemptStatus;
import org.microcred.learning.AttemptView;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.learning.EnrollmentView;
import org.microcred.learning.LearningService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.review.internal.AuditLog;
import org.microcred.review.internal.Decisions;
import org.microcred.review.internal.PoolStore;
import org.microcred.review.internal.QueueStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals: a teacher may appeal a "returned" decision once, with a reason, within the issuer's deadline; a
 * reviewer who did not review the attempt re-reviews it, and that outcome is final.
 */
@Service
public class AppealService {

	private final LearningService learning;

	private final EnrollmentService enrollments;

	private final QueueStore queue;

	private final PoolStore pools;

	private final AuditLog audit;

	private final Decisions decisions;

	private final JdbcClient jdbc;

	private final CatalogService catalog;

	AppealService(LearningService learning, EnrollmentService enrollments, QueueStore queue, PoolStore pools,
			AuditLog audit, Decisions decisions, JdbcClient jdbc, CatalogService catalog) {
		this.learning = learning;
		this.enrollments = enrollments;
		this.queue = queue;
		this.pools = pools;
		this.audit = audit;
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** Why the teacher cannot appeal this attempt (a message for them), or null when they can. */
	public Msg whyNot(CurrentUser teacher, AttemptId attemptId) {
		AttemptView attempt = learning.attempt(attemptId);
		EnrollmentView enrollment = enrollments.mine(teacher, attempt.enrollmentId());
		if (attempt.status() != AttemptStatus.RETURNED) {
			return Msg.of("review.appeal.only-returned");
		}
		List<AttemptView> all = enrollments.attempts(teacher, enrollment.id());
		if (!all.get(0).id().equals(attemptId) || enrollment.status() != EnrollmentStatus.RETURNED) {
			return Msg.of("review.appeal.only-latest");
		}
		if (appealed(attemptId)) {
			return Msg.of("review.appeal.already-appealed");
		}
		QueueStore.Item item = queue.item(attemptId.value()).orElse(null);
		int days = item == null ? 30 : pools.settings(item.issuerId()).appealDays();
		if (attempt.decidedAt() == null || attempt.decidedAt().plus(days, ChronoUnit.DAYS).isBefore(Instant.now())) {
			return Msg.of("review.appeal.deadline-passed", days);
		}
		return null;
	}

	@Transactional
	public void appeal(CurrentUser teacher, AttemptId attemptId, String reason) {
		Msg why = whyNot(teacher, attemptId);
		if (why != null) {
			throw new ConflictException(why.key(), why.args());
		}
		if (reason == null || reason.isBlank() || reason.length() > 5000) {
			throw new InvalidInputException("reason", "review.appeal.reason-required");
		}
		QueueStore.Item item = queue.lockItem(attemptId.value()).orElseThrow();
		int inserted = jdbc.sql("insert into appeal (attempt_id, teacher_id, reason) values (?, ?, ?) on conflict do nothing")
			.params(attemptId.value(), teacher.id().value(), reason.strip())
			.update();
		if (inserted == 0) {
			throw new ConflictException("review.appeal.already-appealed");
		}
		queue.setStage(attemptId.value(), "APPEAL");
		audit.record(item.issuerId(), attemptId.value(), "APPEALED", teacher.id(), Msg.of("review.audit.text", reason.strip()));
		decisions.announceWaiting(item.credentialId(), catalog.published(new CredentialId(item.credentialId()))
			.map(DesignVersion::title)
			.orElse(""));
	}

	public boolean appealed(AttemptId attemptId) {
		return jdbc.sql("select exists (select 1 from appeal where attempt_id = ?)")
			.param(attemptId.value())
			.query(Boolean.class)
			.single();
	}

}
