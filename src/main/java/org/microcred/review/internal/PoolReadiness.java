package org.microcred.review.internal;

import java.util.ArrayList;
import java.util.List;

import org.microcred.catalog.AssessmentReadiness;
import org.microcred.catalog.CredentialId;
import org.microcred.platform.Msg;
import org.microcred.review.CalibrationService;
import org.springframework.stereotype.Component;

/** Tells quality review whether a credential's submissions could be reviewed: an active reviewer and an anchor. */
@Component
class PoolReadiness implements AssessmentReadiness {

	private final PoolStore pools;

	private final CalibrationService calibration;

	PoolReadiness(PoolStore pools, CalibrationService calibration) {
		this.pools = pools;
		this.calibration = calibration;
	}

	@Override
	public List<Msg> gaps(CredentialId credential) {
		List<Msg> gaps = new ArrayList<>();
		if (pools.activeReviewers(credential.value()).isEmpty()) {
			gaps.add(Msg.of("review.readiness.no-active-reviewer"));
		}
		if (calibration.anchors(credential).isEmpty()) {
			gaps.add(Msg.of("review.readiness.no-anchor"));
		}
		return gaps;
	}

}
