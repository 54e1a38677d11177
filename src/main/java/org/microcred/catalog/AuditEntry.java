package org.microcred.catalog;

import java.time.Instant;
import java.util.Locale;

import org.microcred.identity.AccountId;

/**
 * One recorded step in a design's life: who did what, when, and why.
 *
 * @param action what was done: CREATED, EDITED, NEW_VERSION, IMAGE, SUBMITTED, APPROVED, RETURNED or RETIRED
 * @param actorName the person's name, or null when Microcred did it
 */
public record AuditEntry(Instant at, String action, AccountId actor, String actorName, int versionNumber,
		String comment) {

	/** The bundle key of what was done, e.g. {@code catalog.history.new-version}. */
	public String actionKey() {
		return "catalog.history." + action.toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
