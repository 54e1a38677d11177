package org.microcred.growth.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.design.GradeBand;
import org.microcred.catalog.design.StackDesign;

/**
 * Everything the scoring knows about one teacher.
 *
 * @param ratings confidence 1–4 by framework skill code (only skills the teacher rated)
 * @param interests framework domain codes the teacher is interested in
 * @param hoursPerWeek time the teacher can give, or null when not said
 * @param approvedHours PD hours by credential the teacher's district approved
 * @param schoolEarners how many colleagues at the teacher's school earned each credential
 * @param districtEarners how many teachers of the teacher's district(s) earned each credential
 * @param platformEarners how many people earned each credential on the platform
 * @param stacks published stacks, to tell when one credential is left to complete one
 */
public record Signals(Map<String, Integer> ratings, Set<String> interests, Set<GradeBand> gradeBands,
		Set<String> subjects, Integer hoursPerWeek, Set<UUID> earned, Set<UUID> enrolled, Set<UUID> dismissed,
		Map<UUID, BigDecimal> approvedHours, Map<UUID, Long> schoolEarners, Map<UUID, Long> districtEarners,
		Map<UUID, Long> platformEarners, List<Stack> stacks) {

	/** A published stack by title. */
	public record Stack(String title, StackDesign design) {
	}

	/** A brand-new teacher: nothing said, nothing earned. */
	public static Signals empty() {
		return new Signals(Map.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(), Set.of(), Map.of(),
				Map.of(), Map.of(), Map.of(), List.of());
	}

}
