package org.microcred.review;

import java.math.BigDecimal;

/**
 * How an issuer assesses.
 *
 * @param blindReview reviewers see the evidence, not the teacher's name, school or district
 * @param doubleScoreShare share of attempts scored independently by two reviewers
 * @param agreementThreshold Cohen's kappa a reviewer must keep (calibration and double scoring)
 * @param claimHours how long a claim lasts before the attempt returns to the queue
 * @param appealDays how long after a decision a teacher may appeal
 */
public record ReviewSettings(boolean blindReview, BigDecimal doubleScoreShare, BigDecimal agreementThreshold,
		int claimHours, int appealDays) {

	public static final ReviewSettings DEFAULTS = new ReviewSettings(true, new BigDecimal("0.10"),
			new BigDecimal("0.80"), 48, 30);

}
