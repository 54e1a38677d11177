package org.microcred.growth.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.microcred.platform.Msg;

/**
 * The recommendation score: a sum of small, named contributions, each of which gives the teacher a reason. The
 * weights and the rules are documented in docs/recommendations.md; a change here must change that page too.
 * Credentials the teacher earned, is working on, dismissed or cannot enroll in yet (prerequisites) are left out,
 * and so is anything without a single reason.
 */
public final class RecommendationScorer {

	/** Points per step of confidence below 4 on the weakest mapped skill the teacher rated (1 of 4 gives 30). */
	static final int NEED_PER_STEP = 10;

	/** Taken off when the teacher rated every mapped skill 4 of 4: they feel confident there. */
	static final int CONFIDENT = -10;

	static final int INTEREST = 8;

	static final int DISTRICT_APPROVED = 15;

	static final int COMPLETES_STACK = 20;

	/** Per colleague at the teacher's school who earned it, up to {@link #MAX_COLLEAGUES} colleagues. */
	static final int PER_COLLEAGUE = 3;

	static final int MAX_COLLEAGUES = 5;

	/** Popularity in the district (or on the platform when the teacher has no district), at most this much. */
	static final int MAX_POPULARITY = 6;

	static final int FITS_TIME = 6;

	/** Taken off when it would take more than {@link #LONG_WEEKS} weeks at the teacher's hours per week. */
	static final int TOO_LONG = -6;

	static final int FITS_TIME_WEEKS = 6;

	static final int LONG_WEEKS = 12;

	static final int GRADE_BAND = 4;

	static final int SUBJECT = 3;

	/** A domain in which the teacher has earned nothing yet: the cold-start tie-breaker. */
	static final int NEW_DOMAIN = 1;

	private RecommendationScorer() {
	}

	/** The candidates worth recommending to this teacher, best first (ties by title). */
	public static List<Scored> rank(List<Candidate> candidates, Signals signals, FrameworkNames names) {
		Set<String> earnedDomains = earnedDomains(candidates, signals, names);
		List<Scored> ranked = new ArrayList<>();
		for (Candidate c : candidates) {
			UUID id = c.credentialId();
			if (signals.earned().contains(id) || signals.enrolled().contains(id) || signals.dismissed().contains(id)
					|| !signals.earned().containsAll(c.prerequisites())) {
				continue;
			}
			Scored scored = score(c, signals, names, earnedDomains);
			if (!scored.reasons().isEmpty()) {
				ranked.add(scored);
			}
		}
		ranked.sort(Comparator.comparingInt(Scored::score)
			.reversed()
			.thenComparing(s -> s.candidate().title().toLowerCase(Locale.ROOT)));
		return ranked;
	}

	/** One candidate's score and reasons; exclusions are {@link #rank}'s business. */
	static Scored score(Candidate c, Signals s, FrameworkNames names, Set<String> earnedDomains) {
		List<Contribution> parts = new ArrayList<>();
		need(c, s, names, parts);
		c.skills().stream().map(names::domainOf).filter(d -> d != null && s.interests().contains(d)).sorted().findFirst()
			.ifPresent(d -> parts.add(new Contribution(INTEREST, Msg.of("growth.reason.interest", names.domain(d)))));
		BigDecimal hours = s.approvedHours().get(c.credentialId());
		if (hours != null) {
			parts.add(new Contribution(DISTRICT_APPROVED, Msg.of("growth.reason.approved", plain(hours))));
		}
		for (Signals.Stack stack : s.stacks()) {
			if (completesStack(c.credentialId(), stack, s.earned())) {
				parts.add(new Contribution(COMPLETES_STACK, Msg.of("growth.reason.completes-stack", stack.title())));
				break;
			}
		}
		popularity(c, s, parts);
		time(c, s, parts);
		c.gradeBands().stream().filter(s.gradeBands()::contains).sorted().findFirst()
			.ifPresent(b -> parts.add(new Contribution(GRADE_BAND, Msg.of("growth.reason.grade-band", Msg.of(b.messageKey())))));
		c.subjects().stream().filter(subject -> s.subjects().contains(subject.toLowerCase(Locale.ROOT))).findFirst()
			.ifPresent(subject -> parts.add(new Contribution(SUBJECT, Msg.of("growth.reason.subject", subject))));
		if (parts.stream().noneMatch(p -> p.points() > 0)) {
			c.skills().stream().map(names::domainOf).filter(d -> d != null && !earnedDomains.contains(d)).sorted()
				.findFirst()
				.ifPresent(d -> parts.add(new Contribution(NEW_DOMAIN, Msg.of("growth.reason.new-domain", names.domain(d)))));
		}
		int score = parts.stream().mapToInt(Contribution::points).sum();
		List<Msg> reasons = parts.stream()
			.filter(p -> p.reason() != null)
			.sorted(Comparator.comparingInt(Contribution::points).reversed())
			.map(Contribution::reason)
			.toList();
		return new Scored(c, score, reasons);
	}

	private static void need(Candidate c, Signals s, FrameworkNames names, List<Contribution> parts) {
		String weakest = null;
		for (String skill : c.skills().stream().sorted().toList()) {
			Integer rating = s.ratings().get(skill);
			if (rating != null && (weakest == null || rating < s.ratings().get(weakest))) {
				weakest = skill;
			}
		}
		if (weakest == null) {
			return;
		}
		int rating = s.ratings().get(weakest);
		if (rating >= 4) {
			parts.add(new Contribution(CONFIDENT, null));
		}
		else {
			parts.add(new Contribution((4 - rating) * NEED_PER_STEP,
					Msg.of("growth.reason.rated", names.skill(weakest), rating)));
		}
	}

	private static void popularity(Candidate c, Signals s, List<Contribution> parts) {
		long colleagues = s.schoolEarners().getOrDefault(c.credentialId(), 0L);
		if (colleagues > 0) {
			parts.add(new Contribution((int) Math.min(colleagues, MAX_COLLEAGUES) * PER_COLLEAGUE,
					Msg.of("growth.reason.colleagues", colleagues)));
		}
		long district = s.districtEarners().getOrDefault(c.credentialId(), 0L);
		long platform = s.platformEarners().getOrDefault(c.credentialId(), 0L);
		if (district > colleagues) {
			parts.add(new Contribution(popularityPoints(district), Msg.of("growth.reason.district-earners", district)));
		}
		else if (colleagues == 0 && district == 0 && platform > 0) {
			parts.add(new Contribution(popularityPoints(platform), Msg.of("growth.reason.platform-earners", platform)));
		}
	}

	/** 2 points per doubling of the number of earners (1 → 2, 3 → 4, 7 → 6), at most {@link #MAX_POPULARITY}. */
	static int popularityPoints(long earners) {
		int doublings = 64 - Long.numberOfLeadingZeros(earners);
		return Math.min(MAX_POPULARITY, 2 * doublings);
	}

	private static void time(Candidate c, Signals s, List<Contribution> parts) {
		if (s.hoursPerWeek() == null || c.workloadHours() == null || c.workloadHours().signum() <= 0) {
			return;
		}
		int weeks = c.workloadHours().divide(BigDecimal.valueOf(s.hoursPerWeek()), 0, RoundingMode.CEILING).intValue();
		if (weeks <= FITS_TIME_WEEKS) {
			parts.add(new Contribution(FITS_TIME, Msg.of("growth.reason.fits-time", s.hoursPerWeek(), weeks)));
		}
		else if (weeks > LONG_WEEKS) {
			parts.add(new Contribution(TOO_LONG, null));
		}
	}

	/** Whether earning this credential would complete the stack (one credential left). */
	static boolean completesStack(UUID credential, Signals.Stack stack, Set<UUID> earned) {
		if (!stack.design().components().contains(credential) || stack.design().completedBy(earned)) {
			return false;
		}
		Set<UUID> after = new HashSet<>(earned);
		after.add(credential);
		return stack.design().completedBy(after);
	}

	private static Set<String> earnedDomains(List<Candidate> candidates, Signals s, FrameworkNames names) {
		Set<String> domains = new HashSet<>();
		candidates.stream()
			.filter(c -> s.earned().contains(c.credentialId()))
			.flatMap(c -> c.skills().stream())
			.map(names::domainOf)
			.filter(java.util.Objects::nonNull)
			.forEach(domains::add);
		return domains;
	}

	private static String plain(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

	private record Contribution(int points, Msg reason) {
	}

}
