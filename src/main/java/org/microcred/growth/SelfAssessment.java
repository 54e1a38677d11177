package org.microcred.growth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.microcred.catalog.design.GradeBand;

/**
 * What a teacher said about themselves; private to them.
 *
 * @param ratings confidence 1 (just starting) to 4 (confident, could help others) by framework skill code
 * @param interests framework domain codes
 * @param hoursPerWeek time they can give a week, or null
 * @param completedAt when they last saved it, or null if never
 * @param skippedAt when they chose "not now" on the guided form, or null
 */
public record SelfAssessment(Map<String, Integer> ratings, Set<String> interests, Set<GradeBand> gradeBands,
		List<String> subjects, Integer hoursPerWeek, Instant completedAt, Instant skippedAt) {

	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 4;

	public SelfAssessment {
		ratings = Map.copyOf(ratings);
		interests = Set.copyOf(interests);
		gradeBands = Set.copyOf(gradeBands);
		subjects = List.copyOf(subjects);
	}

	/** Whether the guided form should still be offered on the home page. */
	public boolean offerGuidedForm() {
		return completedAt == null && skippedAt == null;
	}

	public Integer rating(String skill) {
		return ratings.get(skill);
	}

}
