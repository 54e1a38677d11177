package org.microcred.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Which credential a teacher picks: 55 % of the time one their district approved, otherwise anything in the
 * catalog; either way a few credentials are far more popular than most (weights fall off as 1/rank^0.7).
 */
final class Popularity {

	private final Sampler all;

	private final List<Sampler> byDistrict = new ArrayList<>();

	Popularity(List<CatalogEntry> micro, List<List<CatalogEntry>> approved, SplittableRandom random) {
		List<CatalogEntry> ranked = new ArrayList<>(micro);
		Collections.shuffle(ranked, new Random(random.nextLong()));
		this.all = new Sampler(ranked);
		java.util.Map<CatalogEntry, Integer> rank = new java.util.HashMap<>();
		for (int i = 0; i < ranked.size(); i++) {
			rank.put(ranked.get(i), i);
		}
		for (List<CatalogEntry> district : approved) {
			List<CatalogEntry> own = new ArrayList<>(district);
			own.sort(java.util.Comparator.comparing(rank::get));
			byDistrict.add(own.isEmpty() ? all : new Sampler(own));
		}
	}

	CatalogEntry pick(int district, SplittableRandom random) {
		return (random.nextDouble() < 0.55 ? byDistrict.get(district) : all).pick(random);
	}

	private static final class Sampler {

		private final List<CatalogEntry> entries;

		private final double[] cumulative;

		Sampler(List<CatalogEntry> entries) {
			this.entries = entries;
			this.cumulative = new double[entries.size()];
			double sum = 0;
			for (int rank = 0; rank < entries.size(); rank++) {
				sum += 1 / Math.pow(rank + 1, 0.7);
				cumulative[rank] = sum;
			}
		}

		CatalogEntry pick(SplittableRandom random) {
			double at = random.nextDouble() * cumulative[cumulative.length - 1];
			int i = java.util.Arrays.binarySearch(cumulative, at);
			return entries.get(Math.min(entries.size() - 1, i < 0 ? -i - 1 : i));
		}

	}

}
