package org.microcred.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One teacher's history on the platform: enrollments with their attempts, and the stacks they completed. */
final class TeacherPlan {

	enum Outcome {
		PASSED, ACTIVE, SUBMITTED, RETURNED, WITHDRAWN
	}

	/** An attempt; {@code decided} is null while it waits for review. */
	record Attempt(Instant submitted, Instant decided, boolean passed) {
	}

	static final class Enrollment {

		final UUID id;

		final CatalogEntry entry;

		final Outcome outcome;

		final Instant enrolled;

		final List<Attempt> attempts;

		/** When it passed or was withdrawn; null otherwise. */
		final Instant ended;

		Enrollment(UUID id, CatalogEntry entry, Outcome outcome, Instant enrolled, List<Attempt> attempts, Instant ended) {
			this.id = id;
			this.entry = entry;
			this.outcome = outcome;
			this.enrolled = enrolled;
			this.attempts = attempts;
			this.ended = ended;
		}

		Instant lastActivity() {
			Instant last = ended != null ? ended : enrolled;
			for (Attempt attempt : attempts) {
				last = max(last, attempt.decided() == null ? attempt.submitted() : attempt.decided());
			}
			return last;
		}

	}

	/** A stack completed when {@code completing} passed (the app issues it on that credential's issuing). */
	record StackAward(CatalogEntry stack, Instant at, List<Enrollment> components) {
	}

	final Context.Teacher teacher;

	final List<Enrollment> enrollments = new ArrayList<>();

	final List<StackAward> stacks = new ArrayList<>();

	TeacherPlan(Context.Teacher teacher) {
		this.teacher = teacher;
	}

	long passed() {
		return enrollments.stream().filter(e -> e.outcome == Outcome.PASSED).count();
	}

	static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
