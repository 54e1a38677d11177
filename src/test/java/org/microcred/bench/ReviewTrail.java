package org.microcred.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.catalog.DesignVersion;

/**
 * What assessing one attempt leaves behind, as the review module writes it: the queue item, the reviews (one, or
 * two for the sampled share, and a moderator's when those two disagree), the attempt's decision and feedback, and
 * the audit trail (queued, claimed, scored, disagreement, decided, escalated when past the turnaround target). The
 * daily 07:00 job's reminder and escalation stamps are where that job would have put them.
 */
final class ReviewTrail {

	/** One attempt to assess. */
	record Attempt(UUID id, UUID enrollment, CatalogEntry entry, DesignVersion version, UUID teacher, UUID district,
			int number, Instant submitted, Instant due) {
	}

	private static final Duration CLAIM = Duration.ofHours(48);

	private final Context context;

	private final Scoring scoring;

	private final CopyBatch batch;

	private final SplittableRandom random;

	ReviewTrail(Context context, Scoring scoring, CopyBatch batch, SplittableRandom random) {
		this.context = context;
		this.scoring = scoring;
		this.batch = batch;
		this.random = random;
	}

	/** A decided attempt; returns the feedback the teacher reads. */
	String decided(Attempt a, Instant decided, boolean passed) {
		List<UUID> reviewers = reviewers(a.entry(), 3);
		boolean twice = reviewers.size() >= 2 && random.nextDouble() < a.entry().doubleScoreShare;
		boolean disagree = twice && reviewers.size() >= 3 && random.nextDouble() < 0.12;
		queued(a, twice);
		Instant step = between(a.submitted(), decided);
		Scoring.Variant deciding = scoring.pick(a.version(), passed, random);
		if (twice) {
			Scoring.Variant first = disagree ? scoring.pick(a.version(), !passed, random) : scoring.pick(a.version(), passed, random);
			Instant firstDone = between(a.submitted(), step);
			review(a, reviewers.get(0), "PRIMARY", first, a.submitted(), firstDone);
			if (disagree) {
				review(a, reviewers.get(1), "PRIMARY", scoring.pick(a.version(), passed, random), a.submitted(), step);
				audit(a, "DISAGREEMENT", null, "The two independent reviews reached different decisions; a moderator will decide.", step);
				review(a, reviewers.get(2), "MODERATOR", deciding, step, decided);
			}
			else {
				review(a, reviewers.get(1), "PRIMARY", deciding, a.submitted(), decided);
			}
		}
		else {
			review(a, reviewers.get(0), "PRIMARY", deciding, a.submitted(), decided);
		}
		UUID decider = reviewers.get(disagree ? 2 : twice ? 1 : 0);
		audit(a, "DECIDED", decider, (passed ? "Passed" : "Returned for revision") + " (" + (disagree ? "moderation" : "review") + ")", decided);
		Instant escalated = dailyJobAfter(a.due());
		escalated = escalated.isBefore(decided) ? escalated : null;
		if (escalated != null) {
			audit(a, "ESCALATED", null, "Past the turnaround target", escalated);
		}
		batch.add(Table.REVIEW_ITEM, a.id(), a.enrollment(), a.entry().id, a.version().id().value(), a.entry().issuer.id(),
				a.teacher(), "{" + a.district() + "}", false, a.number(), a.submitted(), a.due(), twice ? 2 : 1, 0, "DECIDED",
				decided, passed, dailyJobBetween(a.submitted(), decided), escalated);
		return deciding.feedback();
	}

	/** An attempt still waiting: maybe claimed (its review perhaps half scored), maybe one of two reviews in. */
	boolean open(Attempt a) {
		List<UUID> reviewers = reviewers(a.entry(), 2);
		boolean twice = reviewers.size() >= 2 && random.nextDouble() < a.entry().doubleScoreShare;
		queued(a, twice);
		int submitted = twice && random.nextDouble() < 0.4 ? 1 : 0;
		Instant now = context.now;
		boolean claimed = a.submitted().isBefore(now.minus(Duration.ofHours(1))) && random.nextDouble() < 0.5;
		if (submitted == 1) {
			Instant done = between(a.submitted(), now.minus(Duration.ofMinutes(30)));
			review(a, reviewers.get(1), "PRIMARY", scoring.pick(a.version(), random.nextDouble() < 0.8, random),
					a.submitted(), done);
		}
		if (claimed) {
			Instant from = a.submitted().isAfter(now.minus(Duration.ofHours(40))) ? a.submitted() : now.minus(Duration.ofHours(40));
			Instant at = between(from, now.minus(Duration.ofMinutes(10)));
			boolean saved = random.nextDouble() < 0.3;
			Scoring.Variant draft = scoring.pick(a.version(), true, random);
			batch.add(Table.REVIEW, context.uuid(random), a.id(), reviewers.get(0), "PRIMARY", "CLAIMED", at, at.plus(CLAIM),
					saved ? draft.scores() : "{}", "{}", null, null, saved ? between(at, now) : null, null);
			audit(a, "CLAIMED", reviewers.get(0), "Review", at);
		}
		Instant escalated = dailyJobAfter(a.due());
		escalated = escalated.isBefore(now) ? escalated : null;
		if (escalated != null) {
			audit(a, "ESCALATED", null, "Past the turnaround target", escalated);
		}
		int needed = twice ? 2 : 1;
		batch.add(Table.REVIEW_ITEM, a.id(), a.enrollment(), a.entry().id, a.version().id().value(), a.entry().issuer.id(),
				a.teacher(), "{" + a.district() + "}", false, a.number(), a.submitted(), a.due(), needed,
				needed - submitted - (claimed ? 1 : 0), "SCORING", null, null, dailyJobBetween(a.submitted(), now), escalated);
		return claimed || submitted > 0;
	}

	private void queued(Attempt a, boolean twice) {
		audit(a, "QUEUED", null, "Attempt " + a.number() + (twice ? ", sampled for double scoring" : ""), a.submitted());
	}

	/** A review submitted at {@code done}, claimed within the claim's 48 hours before (not before {@code notBefore}). */
	private void review(Attempt a, UUID reviewer, String role, Scoring.Variant variant, Instant notBefore, Instant done) {
		Instant claimed = done.minus(Duration.ofMinutes(20 + random.nextInt(40 * 60)));
		claimed = claimed.isBefore(notBefore) ? between(notBefore, done) : claimed;
		batch.add(Table.REVIEW, context.uuid(random), a.id(), reviewer, role, "SUBMITTED", claimed, claimed.plus(CLAIM),
				variant.scores(), variant.comments(), variant.summary(), variant.passed(), done, done);
		String label = role.equals("PRIMARY") ? "Review" : "Moderation";
		audit(a, "CLAIMED", reviewer, label, claimed);
		audit(a, "SCORED", reviewer, label + ": " + (variant.passed() ? "passes" : "returns") + " — " + variant.auditScores(), done);
	}

	private void audit(Attempt a, String action, UUID actor, String detail, Instant at) {
		batch.add(Table.REVIEW_AUDIT, a.id(), a.entry().issuer.id(), action, actor, detail, at);
	}

	/** Distinct active reviewers of the credential, as many as available up to {@code count}. */
	private List<UUID> reviewers(CatalogEntry entry, int count) {
		List<UUID> pool = entry.reviewers;
		List<UUID> chosen = new ArrayList<>();
		int start = random.nextInt(pool.size());
		for (int i = 0; i < pool.size() && chosen.size() < count; i++) {
			chosen.add(pool.get((start + i) % pool.size()));
		}
		return chosen;
	}

	private Instant between(Instant from, Instant to) {
		return context.between(random, from, to);
	}

	/** The review job runs daily at 07:00 (UTC here): the first run at or after a moment. */
	private static Instant dailyJobAfter(Instant at) {
		Instant seven = at.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(7));
		return seven.isBefore(at) ? seven.plus(Duration.ofDays(1)) : seven;
	}

	/** Its last run before {@code to} that found the item waiting, or null. */
	private static Instant dailyJobBetween(Instant from, Instant to) {
		Instant seven = to.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(7));
		Instant last = seven.isAfter(to) ? seven.minus(Duration.ofDays(1)) : seven;
		return last.isAfter(from) ? last : null;
	}

}
