package org.microcred.catalog;

import java.time.Instant;

import org.microcred.identity.AccountId;

/** One recorded step in a design's life: who did what, when, and why. */
public record AuditEntry(Instant at, String action, AccountId actor, String actorName, int versionNumber,
		String comment) {
}
