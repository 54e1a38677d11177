package org.microcred.district;

import java.math.BigDecimal;

import org.microcred.platform.InvalidInputException;

/** What makes a set of incentive rules valid; each problem names the form field it belongs to. */
final class PolicyValidation {

	private PolicyValidation() {
	}

	static void check(IncentivePolicy p) {
		if (p.renewalHours() == null || p.renewalHours().signum() <= 0 || p.renewalHours().compareTo(new BigDecimal("2000")) > 0) {
			throw new InvalidInputException("renewalHours", "Renewal hours are a number from 1 to 2,000.");
		}
		if (p.renewalCycleYears() < 1 || p.renewalCycleYears() > 10) {
			throw new InvalidInputException("renewalCycleYears", "A renewal cycle lasts from 1 to 10 years.");
		}
		if (p.cycleStart() == null) {
			throw new InvalidInputException("cycleStart", "Enter the first day of a renewal cycle.");
		}
		if (p.effectiveFrom() == null) {
			throw new InvalidInputException("effectiveFrom", "Enter the day from which credentials count toward steps.");
		}
		if (p.credentialsPerStep() != null && (p.credentialsPerStep() < 1 || p.credentialsPerStep() > 50)) {
			throw new InvalidInputException("credentialsPerStep", "Credentials per step is a number from 1 to 50.");
		}
		if (p.annualCap() != null && (p.annualCap() < 1 || p.annualCap() > 50)) {
			throw new InvalidInputException("annualCap", "The annual cap is a number from 1 to 50, or empty for none.");
		}
		if (p.yearStartMonth() < 1 || p.yearStartMonth() > 12) {
			throw new InvalidInputException("yearStartMonth", "Choose the month the incentive year starts.");
		}
		if (p.reward() == StepReward.STIPEND && p.credentialsPerStep() != null
				&& (p.stipendAmount() == null || p.stipendAmount().signum() <= 0)) {
			throw new InvalidInputException("stipendAmount", "Enter the stipend amount.");
		}
		if (p.stipendAmount() != null && (p.stipendAmount().signum() < 0 || p.stipendAmount().compareTo(new BigDecimal("100000")) > 0)) {
			throw new InvalidInputException("stipendAmount", "The stipend is an amount from 0 to 100,000.");
		}
	}

}
