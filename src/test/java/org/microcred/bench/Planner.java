package org.microcred.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.microcred.bench.TeacherPlan.Enrollment;
import org.microcred.bench.TeacherPlan.Outcome;

/**
 * Decides each teacher's history so that, over all teachers, exactly the asked number of credentials is issued:
 * a quota per teacher (a long-tailed spread: many hold a few, some dozens), picks weighted by popularity and by
 * what the teacher's district approved, prerequisites earned first, some teachers working through a stack, and
 * dates that respect publication, the teacher's start, the review turnaround and today. Work in progress
 * (enrolled, submitted, in review, returned, withdrawn) comes on top.
 */
final class Planner {

	private static final Duration DAY = Duration.ofDays(1);

	private final Context context;

	private final Catalog catalog;

	private final Popularity popularity;

	private final SplittableRandom random;

	private final Timeline timeline;

	private final long[] quota;

	private final double stackChance;

	private long carry;

	Planner(Context context, Catalog catalog, DistrictRules rules, long toIssue) {
		this.context = context;
		this.catalog = catalog;
		this.random = context.random.split();
		this.popularity = new Popularity(catalog.micro, rules.approved, random);
		this.timeline = new Timeline(context, random);
		this.quota = quotas(toIssue);
		long candidates = 0;
		for (long q : quota) {
			candidates += q >= 5 ? 1 : 0;
		}
		this.stackChance = catalog.stacks.isEmpty() || candidates == 0 ? 0 : Math.min(0.9, toIssue * 0.02 / candidates);
	}

	/** Every generated teacher's history; together they hold exactly the asked number of credentials. */
	List<TeacherPlan> planAll() {
		List<TeacherPlan> plans = new ArrayList<>();
		for (int i = 0; i < context.teachers.size(); i++) {
			plans.add(plan(i));
		}
		settle(plans);
		return plans;
	}

	/**
	 * Quotas some teachers could not fill (too new, or nothing left that fits their dates) go to others, and the
	 * rare stack completed by chance is balanced, with credentials that belong to no stack.
	 */
	private void settle(List<TeacherPlan> plans) {
		List<CatalogEntry> loose = catalog.micro.stream().filter(e -> !catalog.stacksOf.containsKey(e.id)).toList();
		Set<CatalogEntry> looseSet = new HashSet<>(loose);
		for (int tries = 0; carry != 0 && tries < 1_000_000 && !loose.isEmpty(); tries++) {
			TeacherPlan plan = plans.get(random.nextInt(plans.size()));
			Map<CatalogEntry, Enrollment> passed = new HashMap<>();
			plan.enrollments.stream().filter(e -> e.outcome == Outcome.PASSED).forEach(e -> passed.put(e.entry, e));
			if (carry > 0) {
				CatalogEntry entry = loose.get(random.nextInt(loose.size()));
				if (entry.prerequisite == null && plan.enrollments.stream().noneMatch(e -> e.entry == entry)) {
					pass(plan, passed, entry, plan.teacher.created());
					carry -= passed.containsKey(entry) ? 1 : 0;
				}
			}
			else {
				plan.enrollments.stream()
					.filter(e -> e.outcome == Outcome.PASSED && looseSet.contains(e.entry))
					.filter(e -> plan.enrollments.stream().noneMatch(o -> o.entry.prerequisite == e.entry))
					.findFirst()
					.ifPresent(e -> {
						plan.enrollments.remove(e);
						carry++;
					});
			}
		}
	}

	/** The history of the i-th generated teacher; teachers must be planned in order. */
	private TeacherPlan plan(int index) {
		Context.Teacher teacher = context.teachers.get(index);
		TeacherPlan plan = new TeacherPlan(teacher);
		Map<CatalogEntry, Enrollment> passed = new HashMap<>();
		long target = Math.max(0, quota[index] + carry);
		if (target >= 5 && random.nextDouble() < stackChance) {
			CatalogEntry stack = catalog.stacks.get(random.nextInt(catalog.stacks.size()));
			List<CatalogEntry> parts = new ArrayList<>(stack.components);
			java.util.Collections.shuffle(parts, new java.util.Random(random.nextLong()));
			parts.sort((a, b) -> Boolean.compare(stack.required.contains(b.id), stack.required.contains(a.id)));
			for (CatalogEntry part : parts.subList(0, Math.min(parts.size(), stack.minimum))) {
				pass(plan, passed, part, stack.firstPublished());
			}
			target--;
		}
		for (int tries = 0; passed.size() < target && tries < target * 20 + 20; tries++) {
			pass(plan, passed, popularity.pick(teacher.district(), random), teacher.created());
		}
		Stacks.award(plan, passed, catalog);
		carry = quota[index] + carry - passed.size() - plan.stacks.size();
		inProgress(plan, passed.keySet());
		return plan;
	}

	private void pass(TeacherPlan plan, Map<CatalogEntry, Enrollment> passed, CatalogEntry entry, Instant notBefore) {
		if (passed.containsKey(entry)) {
			return;
		}
		Instant earliest = max(max(entry.firstPublished(), plan.teacher.created()).plus(DAY), notBefore);
		if (entry.prerequisite != null) {
			Enrollment before = passed.get(entry.prerequisite);
			if (before == null) {
				pass(plan, passed, entry.prerequisite, plan.teacher.created());
				before = passed.get(entry.prerequisite);
			}
			if (before == null) {
				return;
			}
			earliest = max(earliest, before.ended.plus(DAY));
		}
		Enrollment enrollment = timeline.passed(entry, earliest);
		if (enrollment != null) {
			plan.enrollments.add(enrollment);
			passed.put(entry, enrollment);
		}
	}

	/** Work in progress: a few enrollments in other credentials, at every stage. */
	private void inProgress(TeacherPlan plan, Set<CatalogEntry> passed) {
		Set<CatalogEntry> taken = new HashSet<>(passed);
		double r = random.nextDouble();
		int active = r < 0.3 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
		add(plan, taken, Outcome.ACTIVE, active);
		add(plan, taken, Outcome.SUBMITTED, random.nextDouble() < 0.09 ? 1 : 0);
		add(plan, taken, Outcome.RETURNED, random.nextDouble() < 0.1 ? 1 : 0);
		add(plan, taken, Outcome.WITHDRAWN, random.nextDouble() < 0.15 ? 1 + (random.nextDouble() < 0.25 ? 1 : 0) : 0);
	}

	private void add(TeacherPlan plan, Set<CatalogEntry> taken, Outcome outcome, int count) {
		for (int tries = 0; count > 0 && tries < 40; tries++) {
			CatalogEntry entry = popularity.pick(plan.teacher.district(), random);
			if (taken.contains(entry) || (entry.prerequisite != null && !taken.contains(entry.prerequisite))) {
				continue;
			}
			Enrollment enrollment = timeline.open(plan.teacher, entry, outcome);
			if (enrollment != null && (entry.prerequisite == null || prerequisiteBefore(plan, entry, enrollment.enrolled))) {
				plan.enrollments.add(enrollment);
				taken.add(entry);
				count--;
			}
		}
	}

	private static boolean prerequisiteBefore(TeacherPlan plan, CatalogEntry entry, Instant enrolled) {
		return plan.enrollments.stream()
			.anyMatch(e -> e.entry == entry.prerequisite && e.outcome == Outcome.PASSED && e.ended.isBefore(enrolled));
	}

	/** Credentials per teacher: 12 % none, the rest exponentially spread, summing exactly to what is asked. */
	private long[] quotas(long total) {
		int n = context.teachers.size();
		double[] raw = new double[n];
		double sum = 0;
		Instant experienced = context.now.minus(Duration.ofDays(200));
		for (int i = 0; i < n; i++) {
			boolean eligible = context.teachers.get(i).created().isBefore(experienced) && random.nextDouble() >= 0.12;
			raw[i] = eligible ? Math.min(-Math.log(1 - random.nextDouble()), 12) : 0;
			sum += raw[i];
		}
		long[] result = new long[n];
		long assigned = 0;
		for (int i = 0; i < n; i++) {
			result[i] = sum == 0 ? 0 : (long) Math.floor(raw[i] * total / sum);
			assigned += result[i];
		}
		for (long left = total - assigned; left > 0; ) {
			int i = random.nextInt(n);
			if (raw[i] > 0) {
				result[i]++;
				left--;
			}
		}
		return result;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
