package org.microcred.organization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A district's roster import was applied (published in the import's own transaction).
 *
 * @param summary counts of what changed, e.g. {@code TEACHER.ADD → 12}
 */
public record RosterImported(UUID importId, OrganizationId districtId, Map<String, Integer> summary, Instant at) {

	public RosterImported {
		summary = Map.copyOf(summary);
	}

}
