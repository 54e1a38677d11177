package org.microcred.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;

/**
 * Rules of scoring: only criteria of the rubric, only its levels; to finish, every criterion scored, a comment for
 * every criterion below the passing level, and a summary for the teacher.
 */
public final class ScoreCheck {

	private ScoreCheck() {
	}

	public static void requireKnown(MicroCredentialDesign design, Map<String, String> scores) {
		List<String> criteria = design.criterionKeys();
		for (Map.Entry<String, String> score : scores.entrySet()) {
			if (!criteria.contains(score.getKey())) {
				throw new InvalidInputException("scores", "review.score.unknown-criterion", score.getKey());
			}
			if (score.getValue() != null && !score.getValue().isBlank() && design.level(score.getValue()).isEmpty()) {
				throw new InvalidInputException("scores", "review.score.unknown-level", score.getValue());
			}
		}
	}

	/** Every problem at once, so the reviewer can fix them all before submitting again. */
	public static void requireComplete(MicroCredentialDesign design, Map<String, String> scores,
			Map<String, String> comments, String summary) {
		requireKnown(design, scores);
		List<Msg> problems = new ArrayList<>();
		for (EvidencePart part : design.evidenceParts()) {
			for (Criterion criterion : part.criteria()) {
				String key = part.key() + "/" + criterion.key();
				String level = scores.get(key);
				if (level == null) {
					problems.add(Msg.of("review.score.missing", criterion.name(), part.title()));
				}
				else if (design.passingRule().isBelowPassing(design.levels(), level)
						&& (comments.get(key) == null || comments.get(key).isBlank())) {
					problems.add(Msg.of("review.score.explain", criterion.name(), design.passingLevelName()));
				}
			}
		}
		if (summary == null || summary.isBlank()) {
			problems.add(Msg.of("review.score.summary-required"));
		}
		if (summary != null && summary.length() > 20_000) {
			problems.add(Msg.of("review.score.summary-too-long"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("scores", Msg.sentences(problems));
		}
	}

}
