package org.microcred.district;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A teacher's standing under a district's incentive rules on a given day.
 *
 * @param cycleStart first day of the current licensure renewal cycle
 * @param cycleEnd last day of the current renewal cycle
 * @param hoursInCycle approved PD hours earned in the cycle
 * @param ceusInCycle CEUs earned in the cycle
 * @param awards every salary step or stipend earned, oldest first
 * @param banked approved credentials counted toward the next step and not used by an earlier one
 * @param yearStart first day of the current incentive year
 * @param awardsThisYear steps or stipends effective in the current incentive year
 * @param capReached whether the annual cap stops further steps this year
 */
public record Standing(IncentivePolicy policy, List<EarnedCredential> credentials, LocalDate cycleStart,
		LocalDate cycleEnd, BigDecimal hoursInCycle, BigDecimal ceusInCycle, List<Award> awards, int banked,
		LocalDate yearStart, int awardsThisYear, boolean capReached) {

	/** A salary step or stipend, effective on a day, earned by the credentials named. */
	public record Award(LocalDate effectiveOn, StepReward reward, BigDecimal amount, List<String> credentials) {

		/** The credentials' titles as a page shows them (see {@link EarnedCredential#label()}). */
		public List<Object> credentialLabels() {
			return credentials.stream().map(org.microcred.district.internal.CredentialLabels::shown).toList();
		}

	}

	public Standing {
		hoursInCycle = org.microcred.district.internal.Decimals.plain(hoursInCycle);
		ceusInCycle = org.microcred.district.internal.Decimals.plain(ceusInCycle);
	}

	public BigDecimal hoursRequired() {
		return policy.renewalHours();
	}

	public BigDecimal hoursRemaining() {
		return org.microcred.district.internal.Decimals.plain(hoursRequired().subtract(hoursInCycle).max(BigDecimal.ZERO));
	}

	public boolean renewalMet() {
		return hoursInCycle.compareTo(hoursRequired()) >= 0;
	}

	/** Renewal progress in whole per cent, at most 100. */
	public int renewalPercent() {
		return percent(hoursInCycle, hoursRequired());
	}

	/** Credentials still needed for the next step or stipend, or 0 when there is no salary incentive. */
	public int credentialsToNextStep() {
		return policy.hasSalaryIncentive() ? policy.credentialsPerStep() - banked : 0;
	}

	public int stepPercent() {
		return policy.hasSalaryIncentive() ? percent(BigDecimal.valueOf(banked), BigDecimal.valueOf(policy.credentialsPerStep())) : 0;
	}

	/** Qualifies this period: a step or stipend effective this incentive year, or the renewal hours met. */
	public boolean qualifiesThisPeriod() {
		return awardsThisYear > 0 || renewalMet();
	}

	private static int percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() <= 0) {
			return 100;
		}
		return Math.min(100, part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.DOWN).intValue());
	}

}
