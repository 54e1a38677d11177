package org.microcred.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.PerformanceLevel;
import org.microcred.learning.Feedback;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews as reviewers submit them: a level for every rubric criterion (a comment on each, required below the
 * passing level), a summary, and the feedback the teacher then reads, built as the review module builds it
 * ({@code Decisions.feedback}). A few variants per design version, passing and returning, are made once and reused.
 */
final class Scoring {

	/** One way of scoring a version: JSON as stored in review.scores/comments and attempt.feedback. */
	record Variant(boolean passed, String scores, String comments, String summary, String feedback, String auditScores) {
	}

	private final JsonMapper json;

	private final Map<UUID, Variant[]> variants = new HashMap<>();

	Scoring(JsonMapper json) {
		this.json = json;
	}

	Variant pick(DesignVersion version, boolean passed, SplittableRandom random) {
		Variant[] all = variants.computeIfAbsent(version.id().value(), v -> build(version.micro()));
		return passed ? all[random.nextInt(3)] : all[3 + random.nextInt(2)];
	}

	private Variant[] build(MicroCredentialDesign design) {
		List<PerformanceLevel> levels = design.levels();
		String passing = design.passingRule().minimumLevel();
		String top = levels.stream().max(java.util.Comparator.comparingInt(PerformanceLevel::rank)).orElseThrow().key();
		String below = levels.stream()
			.filter(l -> design.passingRule().isBelowPassing(levels, l.key()))
			.max(java.util.Comparator.comparingInt(PerformanceLevel::rank))
			.orElseThrow()
			.key();
		List<String> keys = design.criterionKeys();
		String first = keys.get(0);
		String last = keys.get(keys.size() - 1);
		Variant[] all = { variant(design, keys, k -> passing, 0),
				variant(design, keys, k -> k.endsWith(firstCriterion(design, k)) ? top : passing, 1),
				variant(design, keys, k -> top, 3), variant(design, keys, k -> k.equals(last) ? below : passing, 0),
				variant(design, keys, k -> k.equals(first) || k.equals(last) ? below : passing, 1) };
		for (int i = 0; i < all.length; i++) {
			if (all[i].passed() != i < 3) {
				throw new IllegalStateException("Scoring variant " + i + " does not decide as meant for " + design.title());
			}
		}
		return all;
	}

	private Variant variant(MicroCredentialDesign design, List<String> keys, java.util.function.UnaryOperator<String> level,
			int summary) {
		Map<String, String> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		for (String key : keys) {
			String l = level.apply(key);
			scores.put(key, l);
			comments.put(key, design.passingRule().isBelowPassing(design.levels(), l)
					? "Not yet at " + design.passingLevelName() + ": show the effect on your students with work samples."
					: "Meets the descriptor.");
		}
		boolean passed = design.passes(scores);
		String text = passed ? Vocabulary.PASS_SUMMARIES.get(summary % Vocabulary.PASS_SUMMARIES.size())
				: Vocabulary.RETURN_SUMMARIES.get(summary % Vocabulary.RETURN_SUMMARIES.size());
		List<Feedback.CriterionFeedback> criteria = new ArrayList<>();
		for (EvidencePart part : design.evidenceParts()) {
			for (Criterion criterion : part.criteria()) {
				String key = part.key() + "/" + criterion.key();
				String l = scores.get(key);
				criteria.add(new Feedback.CriterionFeedback(part.key(), part.title(), criterion.key(), criterion.name(), l,
						design.level(l).map(PerformanceLevel::name).orElse(l),
						design.passingRule().isBelowPassing(design.levels(), l), comments.get(key)));
			}
		}
		return new Variant(passed, json.writeValueAsString(scores), json.writeValueAsString(comments), text,
				json.writeValueAsString(new Feedback(text, criteria)), scores.toString());
	}

	private static String firstCriterion(MicroCredentialDesign design, String key) {
		String part = key.substring(0, key.indexOf('/'));
		return design.part(part).map(p -> "/" + p.criteria().get(0).key()).orElse("/");
	}

}
