package org.microcred.review;

import java.util.List;

import org.microcred.catalog.CredentialId;

/** A reviewer's queue: per credential pool, their standing and how much waits; and their open claims. */
public record QueueSummary(List<Pool> pools, List<OpenReview> open) {

	public record Pool(CredentialId credentialId, String title, PoolStatus status, String reason, long waiting,
			boolean hasCalibration) {
	}

	public record OpenReview(ReviewId id, String credentialTitle, ReviewRole role, java.time.Instant expiresAt,
			java.time.Instant dueAt, boolean hasDraft) {
	}

	public long totalWaiting() {
		return pools.stream().filter(p -> p.status() == PoolStatus.ACTIVE).mapToLong(Pool::waiting).sum();
	}

}
