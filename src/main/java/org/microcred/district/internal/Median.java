package org.microcred.district.internal;

import java.util.List;

/** The median of a histogram of whole numbers, as {@code percentile_cont(0.5)} would give over the raw values. */
final class Median {

	private Median() {
	}

	/** @param histogram [value, count] pairs in ascending value order */
	static Double ofHistogram(List<long[]> histogram) {
		long total = histogram.stream().mapToLong(h -> h[1]).sum();
		if (total == 0) {
			return null;
		}
		// the values at (0-based) positions floor((total-1)/2) and ceil((total-1)/2), averaged
		long lower = (total - 1) / 2;
		long upper = total / 2;
		Long low = null;
		long seen = 0;
		for (long[] bucket : histogram) {
			seen += bucket[1];
			if (low == null && seen > lower) {
				low = bucket[0];
			}
			if (seen > upper) {
				return (low + bucket[0]) / 2.0;
			}
		}
		throw new IllegalStateException("unreachable: counts add up to " + total);
	}

}
