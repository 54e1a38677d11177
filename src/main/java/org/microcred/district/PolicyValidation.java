package org.microcred.district;

import java.math.BigDecimal;

import org.microcred.platform.InvalidInputException;

/** What makes a set of incentive rules valid; each problem names the form field it belongs to. */
final class PolicyValidation {

	private PolicyValidation() {
	}

	static void check(IncentivePolicy p) {
		if (p.renewalHours() == null || p.renewalHours().signum() <= 0 || p.renewalHours().compareTo(new BigDecimal("2000")) > 0) {
			throw new InvalidInputException("renewalHours", "district.policy.renewal-hours-range");
		}
		if (p.renewalCycleYears() < 1 || p.renewalCycleYears() > 10) {
			throw new InvalidInputException("renewalCycleYears", "district.policy.cycle-years-range");
		}
		if (p.cycleStart() == null) {
			throw new InvalidInputException("cycleStart", "district.policy.cycle-start-required");
		}
		if (p.effectiveFrom() == null) {
			throw new InvalidInputException("effectiveFrom", "district.policy.effective-from-required");
		}
		if (p.credentialsPerStep() != null && (p.credentialsPerStep() < 1 || p.credentialsPerStep() > 50)) {
			throw new InvalidInputException("credentialsPerStep", "district.policy.per-step-range");
		}
		if (p.annualCap() != null && (p.annualCap() < 1 || p.annualCap() > 50)) {
			throw new InvalidInputException("annualCap", "district.policy.cap-range");
		}
		if (p.yearStartMonth() < 1 || p.yearStartMonth() > 12) {
			throw new InvalidInputException("yearStartMonth", "district.policy.month-required");
		}
		if (p.reward() == StepReward.STIPEND && p.credentialsPerStep() != null
				&& (p.stipendAmount() == null || p.stipendAmount().signum() <= 0)) {
			throw new InvalidInputException("stipendAmount", "district.policy.stipend-required");
		}
		if (p.stipendAmount() != null && (p.stipendAmount().signum() < 0 || p.stipendAmount().compareTo(new BigDecimal("100000")) > 0)) {
			throw new InvalidInputException("stipendAmount", "district.policy.stipend-range");
		}
	}

}
