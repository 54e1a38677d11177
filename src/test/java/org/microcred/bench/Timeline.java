package org.microcred.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.microcred.bench.TeacherPlan.Attempt;
import org.microcred.bench.TeacherPlan.Enrollment;
import org.microcred.bench.TeacherPlan.Outcome;

/**
 * When things happen in an enrollment: days of work before the first submission, a review within the turnaround
 * target (sometimes late), days of revision after a return, all between the credential's publication (or the
 * teacher's arrival) and today. Work in progress is laid out backwards from a recent submission or return.
 */
final class Timeline {

	private static final Duration DAY = Duration.ofDays(1);

	private final Context context;

	private final SplittableRandom random;

	Timeline(Context context, SplittableRandom random) {
		this.context = context;
		this.random = random;
	}

	/** A passed enrollment (one to three attempts) starting no earlier than {@code earliest}, or null if none fits. */
	Enrollment passed(CatalogEntry entry, Instant earliest) {
		int turnaround = entry.current().micro().turnaroundDays();
		int count = random.nextDouble() < 0.72 ? 1 : random.nextDouble() < 0.78 ? 2 : 3;
		for (; count >= 1; count--) {
			long work = days(7, 50);
			List<long[]> steps = new ArrayList<>();
			long total = work;
			for (int i = 0; i < count; i++) {
				long review = days(1, turnaround + 4);
				long revise = i < count - 1 ? days(3, 25) : 0;
				steps.add(new long[] { review, revise });
				total += review + revise;
			}
			Instant latest = context.now.minusSeconds(total).minus(DAY);
			if (!earliest.isAfter(latest)) {
				Instant enrolled = context.between(random, earliest, latest);
				List<Attempt> attempts = new ArrayList<>();
				Instant at = enrolled.plusSeconds(work);
				for (int i = 0; i < count; i++) {
					Instant decided = at.plusSeconds(steps.get(i)[0]);
					attempts.add(new Attempt(at, decided, i == count - 1));
					at = decided.plusSeconds(steps.get(i)[1]);
				}
				return new Enrollment(context.uuid(random), entry, Outcome.PASSED, enrolled, attempts,
						attempts.get(count - 1).decided());
			}
		}
		return null;
	}

	/** An enrollment still open (or withdrawn) today, or null if none fits the dates. */
	Enrollment open(Context.Teacher teacher, CatalogEntry entry, Outcome outcome) {
		Instant earliest = max(entry.firstPublished(), teacher.created()).plus(DAY);
		Instant now = context.now;
		int turnaround = entry.current().micro().turnaroundDays();
		return switch (outcome) {
			case ACTIVE -> {
				Instant from = random.nextDouble() < 0.6 ? max(earliest, now.minus(Duration.ofDays(90))) : earliest;
				yield earliest.isAfter(now.minus(DAY)) ? null
						: new Enrollment(context.uuid(random), entry, outcome,
								context.between(random, from, now.minus(Duration.ofHours(2))), List.of(), null);
			}
			case WITHDRAWN -> {
				if (earliest.isAfter(now.minus(Duration.ofDays(20)))) {
					yield null;
				}
				Instant enrolled = context.between(random, earliest, now.minus(Duration.ofDays(20)));
				Instant withdrawn = min(enrolled.plusSeconds(days(5, 120)), now.minus(Duration.ofHours(1)));
				yield new Enrollment(context.uuid(random), entry, outcome, enrolled, List.of(), withdrawn);
			}
			case SUBMITTED, RETURNED -> backwards(entry, outcome, earliest, turnaround);
			default -> throw new IllegalArgumentException(outcome.name());
		};
	}

	/** Attempts laid out backwards from the last one (submitted lately, or returned lately), then the enrollment. */
	private Enrollment backwards(CatalogEntry entry, Outcome outcome, Instant earliest, int turnaround) {
		int count = random.nextDouble() < 0.78 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
		List<Attempt> attempts = new ArrayList<>();
		Instant at;
		if (outcome == Outcome.SUBMITTED) {
			Instant submitted = context.now.minusSeconds(days(0, (int) (turnaround * 1.6)));
			attempts.add(new Attempt(submitted, null, false));
			at = submitted;
		}
		else {
			Instant decided = context.now.minusSeconds(days(0, 60));
			Instant submitted = decided.minusSeconds(days(1, turnaround + 4));
			attempts.add(new Attempt(submitted, decided, false));
			at = submitted;
		}
		for (int i = 1; i < count; i++) {
			Instant decided = at.minusSeconds(days(3, 25));
			Instant submitted = decided.minusSeconds(days(1, turnaround + 4));
			attempts.add(0, new Attempt(submitted, decided, false));
			at = submitted;
		}
		Instant enrolled = at.minusSeconds(days(7, 50));
		return enrolled.isBefore(earliest) ? null : new Enrollment(context.uuid(random), entry, outcome, enrolled, attempts, null);
	}

	/** A random duration between two numbers of days, in seconds. */
	private long days(int from, int to) {
		return from * 86_400L + random.nextLong(Math.max(1, (to - from) * 86_400L));
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
