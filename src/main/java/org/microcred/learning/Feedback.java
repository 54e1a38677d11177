package org.microcred.learning;

import java.util.List;

/**
 * What the teacher reads after a decision: the reviewer's summary and, for every criterion, the level reached and
 * the comment.
 */
public record Feedback(String summary, List<CriterionFeedback> criteria) {

	public Feedback {
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

	/** One rubric criterion's result. */
	public record CriterionFeedback(String partKey, String partTitle, String criterionKey, String criterionName,
			String level, String levelName, boolean belowPassing, String comment) {
	}

}
