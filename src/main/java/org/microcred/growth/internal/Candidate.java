package org.microcred.growth.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.design.GradeBand;

/**
 * A published micro-credential that could be recommended.
 *
 * @param skills the framework skills its catalog skills map to
 */
public record Candidate(UUID credentialId, UUID versionId, String title, String summary, BigDecimal workloadHours,
		Set<String> skills, Set<GradeBand> gradeBands, List<String> subjects, List<UUID> prerequisites) {

	public Candidate {
		skills = Set.copyOf(skills);
		gradeBands = Set.copyOf(gradeBands);
		subjects = List.copyOf(subjects);
		prerequisites = List.copyOf(prerequisites);
	}

}
