package org.microcred.learning;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.LearnerStatus;
import org.microcred.identity.AccountId;
import org.microcred.learning.internal.AttemptStore;
import org.microcred.learning.internal.EnrollmentStore;
import org.microcred.platform.ConflictException;
import org.microcred.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the assessment and certification modules need from learning: submissions to assess, and recording the
 * decision on an attempt. The decision itself is computed by the review module from the rubric.
 */
@Service
public class LearningService {

	private final EnrollmentStore enrollments;

	private final AttemptStore attempts;

	private final ApplicationEventPublisher events;

	LearningService(EnrollmentStore enrollments, AttemptStore attempts, ApplicationEventPublisher events) {
		this.enrollments = enrollments;
		this.attempts = attempts;
		this.events = events;
	}

	/** The attempt with its evidence snapshot. Callers must check the viewer may see it. */
	public Submission submission(AttemptId id) {
		AttemptView attempt = attempt(id);
		EnrollmentView enrollment = enrollments.find(attempt.enrollmentId().value()).orElseThrow();
		return new Submission(attempt, enrollment.teacherId(), enrollment.credentialId(), enrollment.versionId(),
				attempts.snapshot(id.value()));
	}

	public AttemptView attempt(AttemptId id) {
		return attempts.find(id.value()).orElseThrow(() -> new NotFoundException("learning.attempt.not-found"));
	}

	public Optional<AttemptView> findAttempt(AttemptId id) {
		return attempts.find(id.value());
	}

	public EnrollmentView enrollment(EnrollmentId id) {
		return enrollments.find(id.value()).orElseThrow(() -> new NotFoundException("learning.enrollment.not-found"));
	}

	public Optional<EnrollmentView> findEnrollment(EnrollmentId id) {
		return enrollments.find(id.value());
	}

	/** A reviewer started on the attempt: the teacher sees "In review". */
	@Transactional
	public void markInReview(AttemptId id) {
		attempts.setStatus(id.value(), AttemptStatus.SUBMITTED, AttemptStatus.IN_REVIEW);
	}

	/** The reviewer's claim lapsed: back to "Submitted". */
	@Transactional
	public void markWaiting(AttemptId id) {
		attempts.setStatus(id.value(), AttemptStatus.IN_REVIEW, AttemptStatus.SUBMITTED);
	}

	/**
	 * Records the decision on an attempt: passed (the credential is earned, once) or returned with feedback.
	 * @throws ConflictException when the attempt was already decided
	 */
	@Transactional
	public void decide(AttemptId id, boolean passed, Feedback feedback) {
		AttemptView attempt = attempts.lock(id.value()).orElseThrow(() -> new NotFoundException("learning.attempt.not-found"));
		if (!attempt.status().open()) {
			throw new ConflictException("learning.attempt.already-decided");
		}
		EnrollmentView enrollment = enrollments.lock(attempt.enrollmentId().value()).orElseThrow();
		attempts.decide(id.value(), passed ? AttemptStatus.PASSED : AttemptStatus.RETURNED, feedback);
		Instant now = Instant.now();
		if (passed) {
			enrollments.setStatus(enrollment.id().value(), EnrollmentStatus.PASSED);
			events.publishEvent(new EnrollmentPassed(enrollment.id(), id, enrollment.teacherId(),
					enrollment.credentialId(), enrollment.versionId(), attempt.number(), enrollment.rpl(),
					enrollment.enrolledAt(), now));
		}
		else {
			enrollments.setStatus(enrollment.id().value(), EnrollmentStatus.RETURNED);
			events.publishEvent(new AttemptReturned(id, enrollment.id(), enrollment.teacherId(),
					enrollment.credentialId(), attempt.number(), now));
		}
	}

	/**
	 * An appeal against a "returned" decision was upheld: the attempt passes after all. Only the latest attempt of
	 * an enrollment still waiting for revision can pass this way.
	 */
	@Transactional
	public void passOnAppeal(AttemptId id, Feedback feedback) {
		AttemptView attempt = attempts.lock(id.value()).orElseThrow(() -> new NotFoundException("learning.attempt.not-found"));
		EnrollmentView enrollment = enrollments.lock(attempt.enrollmentId().value()).orElseThrow();
		boolean latest = attempts.ofEnrollment(enrollment.id().value()).get(0).id().equals(id);
		if (attempt.status() != AttemptStatus.RETURNED || enrollment.status() != EnrollmentStatus.RETURNED || !latest) {
			throw new ConflictException("learning.attempt.not-appealable");
		}
		attempts.decide(id.value(), AttemptStatus.PASSED, feedback);
		enrollments.setStatus(enrollment.id().value(), EnrollmentStatus.PASSED);
		events.publishEvent(new EnrollmentPassed(enrollment.id(), id, enrollment.teacherId(), enrollment.credentialId(),
				enrollment.versionId(), attempt.number(), enrollment.rpl(), enrollment.enrolledAt(), Instant.now()));
	}

	public Set<CredentialId> earnedBy(AccountId teacher) {
		return enrollments.passedCredentials(teacher.value()).stream().map(CredentialId::new).collect(Collectors.toSet());
	}

	/** The credentials the teacher is working on: enrolled, submitted, or returned for revision. */
	public Map<CredentialId, LearnerStatus> workInProgress(AccountId teacher) {
		return enrollments.ofTeacher(teacher.value())
			.stream()
			.filter(e -> e.status() != EnrollmentStatus.PASSED && e.status() != EnrollmentStatus.WITHDRAWN)
			.collect(Collectors.toMap(EnrollmentView::credentialId, e -> switch (e.status()) {
				case SUBMITTED -> LearnerStatus.SUBMITTED;
				case RETURNED -> LearnerStatus.RETURNED;
				default -> LearnerStatus.ENROLLED;
			}, (a, b) -> a));
	}


}
