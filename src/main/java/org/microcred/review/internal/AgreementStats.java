package org.microcred.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.review.Agreement;
import org.springframework.stereotype.Component;

/**
 * Inter-rater agreement from double-scored attempts: every criterion rated by both reviewers is one paired
 * rating. Per credential, per reviewer (against whoever scored the same attempts) and per criterion.
 */
@Component
public class AgreementStats {

	private final QueueStore queue;

	AgreementStats(QueueStore queue) {
		this.queue = queue;
	}

	/**
	 * Over all reviewers: the two reviews of an attempt have no natural "first" rater, so each pair counts in both
	 * orders, which makes the result independent of that arbitrary order.
	 */
	public Agreement ofCredential(UUID credential) {
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		for (QueueStore.Review[] pair : queue.doubleScoredPairs(credential)) {
			collect(pair[0], pair[1], null, a, b);
			collect(pair[1], pair[0], null, a, b);
		}
		return Agreement.of(a, b);
	}

	public Agreement ofReviewer(UUID credential, UUID reviewer) {
		List<String> mine = new ArrayList<>();
		List<String> theirs = new ArrayList<>();
		for (QueueStore.Review[] pair : queue.doubleScoredPairs(credential)) {
			if (pair[0].reviewerId().equals(reviewer)) {
				collect(pair[0], pair[1], null, mine, theirs);
			}
			else if (pair[1].reviewerId().equals(reviewer)) {
				collect(pair[1], pair[0], null, mine, theirs);
			}
		}
		return Agreement.of(mine, theirs);
	}

	/** Agreement per criterion ("part/criterion" → agreement). */
	public Map<String, Agreement> byCriterion(UUID credential, List<String> criteria) {
		Map<String, Agreement> result = new LinkedHashMap<>();
		List<QueueStore.Review[]> pairs = queue.doubleScoredPairs(credential);
		for (String criterion : criteria) {
			List<String> a = new ArrayList<>();
			List<String> b = new ArrayList<>();
			for (QueueStore.Review[] pair : pairs) {
				collect(pair[0], pair[1], criterion, a, b);
				collect(pair[1], pair[0], criterion, a, b);
			}
			result.put(criterion, Agreement.of(a, b));
		}
		return result;
	}

	private static void collect(QueueStore.Review first, QueueStore.Review second, String only, List<String> a,
			List<String> b) {
		first.scores().forEach((criterion, level) -> {
			String other = second.scores().get(criterion);
			if (other != null && (only == null || only.equals(criterion))) {
				a.add(level);
				b.add(other);
			}
		});
	}

}
