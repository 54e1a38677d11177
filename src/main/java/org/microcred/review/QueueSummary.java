package org.microcred.review;

import java.util.List;

import org.microcred.catalog.CredentialId;
import org.microcred.platform.Msg;

/** A reviewer's queue: per credential pool, their standing and how much waits; and their open claims. */
public record QueueSummary(List<Pool> pools, List<OpenReview> open) {

	/**
	 * @param title null when the credential is no longer published
	 * @param reason why the reviewer has this standing, for people, or null
	 */
	public record Pool(CredentialId credentialId, String title, PoolStatus status, Msg reason, long waiting,
			boolean hasCalibration) {
	}

	/** @param credentialTitle null when the credential is no longer published */
	public record OpenReview(ReviewId id, String credentialTitle, ReviewRole role, java.time.Instant expiresAt,
			java.time.Instant dueAt, boolean hasDraft) {
	}

	public long totalWaiting() {
		return pools.stream().filter(p -> p.status() == PoolStatus.ACTIVE).mapToLong(Pool::waiting).sum();
	}

}
