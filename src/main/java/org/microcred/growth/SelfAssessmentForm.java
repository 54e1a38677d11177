package org.microcred.growth;

import java.util.List;
import java.util.Map;

/**
 * A self-assessment as submitted: ratings by skill code as typed (checked by the service), interests (domain codes),
 * grade bands (names of {@code GradeBand}), subjects and hours per week as typed.
 */
public record SelfAssessmentForm(Map<String, String> ratings, List<String> interests, List<String> gradeBands,
		String subjects, String hoursPerWeek) {

	public SelfAssessmentForm {
		ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
		interests = interests == null ? List.of() : List.copyOf(interests);
		gradeBands = gradeBands == null ? List.of() : List.copyOf(gradeBands);
	}

}
