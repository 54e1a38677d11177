package org.microcred.badge;

import java.time.Instant;

/**
 * Where re-signing an issuer's credentials after a key compromise stands.
 * @param affected credentials (not revoked) still signed with a key reported compromised
 * @param latest the latest re-issue job, or null when none was started
 */
public record ReissueProgress(int affected, Job latest) {

	/** One re-issue job: how many credentials it took on, how many are done, and when it finished (null: running). */
	public record Job(int total, int done, Instant startedAt, Instant finishedAt) {

		public boolean running() {
			return finishedAt == null;
		}

		public int percent() {
			return total == 0 ? 100 : (int) (100L * done / total);
		}

	}

	public boolean running() {
		return latest != null && latest.running();
	}

}
