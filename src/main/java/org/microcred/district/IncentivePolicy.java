package org.microcred.district;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A district's incentive rules.
 *
 * @param renewalHours PD hours a teacher needs per licensure renewal cycle (e.g. 150)
 * @param renewalCycleYears length of a renewal cycle (e.g. 5)
 * @param cycleStart the first day of some renewal cycle; the others follow every {@code renewalCycleYears}
 * @param credentialsPerStep approved credentials per salary step or stipend, or null for no salary incentive
 * @param reward a salary step or a stipend
 * @param stipendAmount the stipend, when the reward is one
 * @param annualCap most steps or stipends a teacher can get in one incentive year, or null for no cap
 * @param yearStartMonth the month the incentive (school) year starts, 1–12
 * @param effectiveFrom credentials issued before this day do not count toward steps or stipends
 * @param version optimistic-lock counter
 */
public record IncentivePolicy(BigDecimal renewalHours, int renewalCycleYears, LocalDate cycleStart,
		Integer credentialsPerStep, StepReward reward, BigDecimal stipendAmount, Integer annualCap, int yearStartMonth,
		LocalDate effectiveFrom, int version) {

	/** What a district starts from before it saves its own rules: 150 hours per 5 years, no salary incentive. */
	public static IncentivePolicy defaults(LocalDate today) {
		return new IncentivePolicy(new BigDecimal("150"), 5, LocalDate.of(today.getYear(), 7, 1).minusYears(
				today.getMonthValue() < 7 ? 1 : 0), null, StepReward.SALARY_STEP, null, null, 7,
				LocalDate.of(today.getYear(), 1, 1), -1);
	}

	public boolean hasSalaryIncentive() {
		return credentialsPerStep != null;
	}

	public boolean saved() {
		return version >= 0;
	}

}
