package org.microcred.district.web;

import org.microcred.district.IncentivePolicy;
import org.microcred.district.StepReward;

/** The incentive rules form; numbers and dates are typed as text and parsed with messages of our own. */
record PolicyForm(String renewalHours, String renewalCycleYears, String cycleStart, String credentialsPerStep,
		StepReward reward, String stipendAmount, String annualCap, String yearStartMonth, String effectiveFrom,
		int version) {

	static PolicyForm of(IncentivePolicy p) {
		return new PolicyForm(p.renewalHours().stripTrailingZeros().toPlainString(), String.valueOf(p.renewalCycleYears()),
				p.cycleStart().toString(), p.credentialsPerStep() == null ? "" : p.credentialsPerStep().toString(),
				p.reward(), p.stipendAmount() == null ? "" : p.stipendAmount().toPlainString(),
				p.annualCap() == null ? "" : p.annualCap().toString(), String.valueOf(p.yearStartMonth()),
				p.effectiveFrom().toString(), p.version());
	}

	IncentivePolicy policy() {
		Integer years = FormValues.whole("renewalCycleYears", renewalCycleYears, "district.value.renewal-cycle");
		Integer month = FormValues.whole("yearStartMonth", yearStartMonth, "district.value.month");
		return new IncentivePolicy(FormValues.decimal("renewalHours", renewalHours, "district.value.renewal-hours"),
				years == null ? 0 : years, FormValues.date("cycleStart", cycleStart, "district.value.cycle-start"),
				FormValues.whole("credentialsPerStep", credentialsPerStep, "district.value.per-step"),
				reward == null ? StepReward.SALARY_STEP : reward,
				FormValues.decimal("stipendAmount", stipendAmount, "district.value.stipend"),
				FormValues.whole("annualCap", annualCap, "district.value.annual-cap"), month == null ? 0 : month,
				FormValues.date("effectiveFrom", effectiveFrom, "district.value.effective-from"), version);
	}

}
