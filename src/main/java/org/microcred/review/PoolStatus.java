package org.microcred.review;

import java.util.Locale;

/** A reviewer's standing in a credential's pool. */
public enum PoolStatus {

	CALIBRATING, ACTIVE, SUSPENDED;

	/** The bundle key of the standing's name, e.g. {@code review.pool-status.suspended}. */
	public String messageKey() {
		return "review.pool-status." + name().toLowerCase(Locale.ROOT);
	}

}
