package org.microcred.catalog.design;

import java.util.List;
import java.util.Map;

/**
 * When evidence demonstrates the competency: every criterion of every part at {@code minimumLevel} or above.
 * The decision is always computed from this rule, never picked by a reviewer.
 */
public record PassingRule(String minimumLevel) {

	/**
	 * Whether the scores pass.
	 * @param scores criterion key → level key, for every criterion of the design
	 */
	public boolean passes(List<PerformanceLevel> scale, Map<String, String> scores, List<EvidencePart> parts) {
		int minimum = rankOf(scale, minimumLevel);
		for (EvidencePart part : parts) {
			for (Criterion criterion : part.criteria()) {
				String level = scores.get(part.key() + "/" + criterion.key());
				if (level == null || rankOf(scale, level) < minimum) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether one level is below the passing level (a written comment is then required). */
	public boolean isBelowPassing(List<PerformanceLevel> scale, String levelKey) {
		return rankOf(scale, levelKey) < rankOf(scale, minimumLevel);
	}

	static int rankOf(List<PerformanceLevel> scale, String key) {
		return scale.stream()
			.filter(l -> l.key().equals(key))
			.mapToInt(PerformanceLevel::rank)
			.findFirst()
			.orElse(Integer.MIN_VALUE);
	}

}
