package org.microcred.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.DesignVersion;
import org.microcred.learning.Submission;

/**
 * What a reviewer works with: the evidence and the rubric, their saved scores and comments, and — only when review
 * is not blind — who the teacher is.
 *
 * @param teacherName null under blind review
 * @param otherReviews for a moderator or an appeal reviewer: the earlier reviews of the attempt
 * @param previous for a resubmission: the attempt before, its feedback and what changed since; else null
 */
public record ReviewWorkspace(ReviewId id, ReviewRole role, String status, Instant expiresAt, DesignVersion version,
		Submission submission, Map<String, String> scores, Map<String, String> comments, String summary,
		Instant savedAt, String teacherName, String teacherSchool, List<PastReview> otherReviews, String appealReason,
		Resubmission previous) {

	/** An earlier review shown to a moderator or appeal reviewer. */
	public record PastReview(ReviewRole role, boolean passed, Map<String, String> scores, Map<String, String> comments,
			String summary) {
	}

	public boolean open() {
		return "CLAIMED".equals(status);
	}

}
