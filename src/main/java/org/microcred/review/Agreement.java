package org.microcred.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement between two raters over the same items: exact agreement and Cohen's kappa,
 * κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), where p<sub>o</sub> is the observed share of equal
 * ratings and p<sub>e</sub> the share expected by chance from each rater's own distribution of categories.
 *
 * @param pairs how many paired ratings it is computed from
 * @param exact share of pairs rated the same
 * @param kappa Cohen's kappa, or null when chance agreement is total (both raters always used one same
 *              category) and kappa is undefined
 */
public record Agreement(int pairs, double exact, Double kappa) {

	public static final Agreement NONE = new Agreement(0, 0, null);

	/** Computes agreement from two equally long lists of category labels (rater A's and rater B's). */
	public static Agreement of(List<String> a, List<String> b) {
		if (a.size() != b.size()) {
			throw new IllegalArgumentException("Both raters must rate the same items");
		}
		int n = a.size();
		if (n == 0) {
			return NONE;
		}
		Map<String, Integer> countA = new HashMap<>();
		Map<String, Integer> countB = new HashMap<>();
		int same = 0;
		for (int i = 0; i < n; i++) {
			countA.merge(a.get(i), 1, Integer::sum);
			countB.merge(b.get(i), 1, Integer::sum);
			if (a.get(i).equals(b.get(i))) {
				same++;
			}
		}
		double observed = (double) same / n;
		Set<String> categories = new HashSet<>(countA.keySet());
		categories.addAll(countB.keySet());
		double chance = 0;
		for (String category : categories) {
			chance += ((double) countA.getOrDefault(category, 0) / n) * ((double) countB.getOrDefault(category, 0) / n);
		}
		Double kappa = chance >= 1.0 ? null : (observed - chance) / (1 - chance);
		return new Agreement(n, observed, kappa);
	}

	/**
	 * Whether the agreement meets the threshold: kappa when it is defined, exact agreement otherwise (with a single
	 * category used throughout, chance-corrected agreement is meaningless).
	 */
	public boolean meets(double threshold) {
		return pairs > 0 && (kappa != null ? kappa >= threshold : exact >= threshold);
	}

	/** Kappa with two decimals (0.74), or a dash when it is undefined. */
	public String kappaLabel() {
		return kappa == null ? "—" : label(kappa);
	}

	/** Exact agreement in whole per cent (82%), or a dash without pairs. */
	public String exactLabel() {
		return pairs == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.0f%%", exact * 100);
	}

	/** A kappa or threshold with two decimals, the same in every language (it is a statistic, not prose). */
	public static String label(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

}
