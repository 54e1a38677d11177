package org.microcred.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incentive rules engine: from a district's policy and a teacher's approved credentials, the teacher's
 * renewal hours in the current cycle and the salary steps or stipends earned.
 * <p>
 * Steps: approved credentials that count toward salary, issued on or after the policy's effective date, are
 * banked in the order they were earned; every {@code credentialsPerStep} of them make one step, effective the
 * day the last of them was earned. When the annual cap is reached, further credentials stay banked and make
 * their step on the first day of the next incentive year (a teacher never loses a credential to the cap).
 */
final class IncentiveRules {

	private IncentiveRules() {
	}

	static Standing standing(IncentivePolicy policy, List<EarnedCredential> held, LocalDate today) {
		List<EarnedCredential> credentials = held.stream()
			.sorted(Comparator.comparing(EarnedCredential::issuedOn).thenComparing(EarnedCredential::title))
			.toList();
		LocalDate cycleStart = cycleStart(policy, today);
		LocalDate nextCycle = cycleStart.plusYears(policy.renewalCycleYears());
		BigDecimal hours = BigDecimal.ZERO;
		BigDecimal ceus = BigDecimal.ZERO;
		for (EarnedCredential c : credentials) {
			if (!c.issuedOn().isBefore(cycleStart) && c.issuedOn().isBefore(nextCycle) && !c.issuedOn().isAfter(today)) {
				hours = hours.add(c.hours());
				ceus = ceus.add(c.ceus());
			}
		}
		LocalDate yearStart = yearStart(policy, today);
		List<Standing.Award> awards = new ArrayList<>();
		int banked = 0;
		boolean capReached = false;
		if (policy.hasSalaryIncentive()) {
			Steps steps = new Steps(policy, today);
			credentials.stream()
				.filter(EarnedCredential::countsForSalary)
				.filter(c -> !c.issuedOn().isBefore(policy.effectiveFrom()) && !c.issuedOn().isAfter(today))
				.forEach(steps::add);
			steps.carryOverTo(today);
			awards = steps.awards;
			banked = steps.bank.size();
			capReached = policy.annualCap() != null && steps.awardsIn(yearStart) >= policy.annualCap();
		}
		int thisYear = (int) awards.stream().filter(a -> !a.effectiveOn().isBefore(yearStart)).count();
		return new Standing(policy, credentials, cycleStart, nextCycle.minusDays(1), hours, ceus, List.copyOf(awards),
				banked, yearStart, thisYear, capReached);
	}

	/** The first day of the renewal cycle containing {@code day} (cycles repeat before and after the anchor). */
	static LocalDate cycleStart(IncentivePolicy policy, LocalDate day) {
		LocalDate start = policy.cycleStart();
		while (start.isAfter(day)) {
			start = start.minusYears(policy.renewalCycleYears());
		}
		while (!start.plusYears(policy.renewalCycleYears()).isAfter(day)) {
			start = start.plusYears(policy.renewalCycleYears());
		}
		return start;
	}

	/** The first day of the incentive year containing {@code day}. */
	static LocalDate yearStart(IncentivePolicy policy, LocalDate day) {
		LocalDate start = LocalDate.of(day.getYear(), policy.yearStartMonth(), 1);
		return start.isAfter(day) ? start.minusYears(1) : start;
	}

	/** Banks credentials and turns them into steps, respecting the annual cap. */
	private static final class Steps {

		private final IncentivePolicy policy;

		private final LocalDate today;

		private final List<EarnedCredential> bank = new ArrayList<>();

		private final List<Standing.Award> awards = new ArrayList<>();

		private final Map<LocalDate, Integer> perYear = new HashMap<>();

		Steps(IncentivePolicy policy, LocalDate today) {
			this.policy = policy;
			this.today = today;
		}

		void add(EarnedCredential credential) {
			carryOverTo(credential.issuedOn());
			bank.add(credential);
			award(credential.issuedOn());
		}

		/** Year starts between the last credential and {@code day} release steps the cap held back. */
		void carryOverTo(LocalDate day) {
			if (bank.size() < policy.credentialsPerStep()) {
				return;
			}
			LocalDate year = yearStart(policy, bank.get(bank.size() - 1).issuedOn()).plusYears(1);
			while (!year.isAfter(day) && !year.isAfter(today) && bank.size() >= policy.credentialsPerStep()) {
				award(year);
				year = year.plusYears(1);
			}
		}

		private void award(LocalDate on) {
			LocalDate year = yearStart(policy, on);
			while (bank.size() >= policy.credentialsPerStep()
					&& (policy.annualCap() == null || awardsIn(year) < policy.annualCap())) {
				List<EarnedCredential> used = new ArrayList<>(bank.subList(0, policy.credentialsPerStep()));
				bank.subList(0, policy.credentialsPerStep()).clear();
				BigDecimal amount = policy.reward() == StepReward.STIPEND ? policy.stipendAmount() : null;
				awards.add(new Standing.Award(on, policy.reward(), amount,
						used.stream().map(EarnedCredential::title).toList()));
				perYear.merge(year, 1, Integer::sum);
			}
		}

		int awardsIn(LocalDate yearStart) {
			return perYear.getOrDefault(yearStart, 0);
		}

	}

}
