package org.microcred.badge.vc.canon;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every order of a list of blank nodes, in lexicographic order from the sorted list (as rdf-canonize's
 * Permuter yields them); each array handed out is a fresh copy.
 */
final class Permutations implements Iterable<int[]> {

	private final int[] first;

	Permutations(List<Integer> nodes) {
		this.first = nodes.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	@Override
	public Iterator<int[]> iterator() {
		return new Iterator<>() {

			private int[] next = Permutations.this.first.clone();

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public int[] next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				int[] current = this.next.clone();
				this.next = successor(this.next);
				return current;
			}

		};
	}

	/** The next permutation in lexicographic order, or null after the last. */
	private static int[] successor(int[] order) {
		int i = order.length - 2;
		while (i >= 0 && order[i] >= order[i + 1]) {
			i--;
		}
		if (i < 0) {
			return null;
		}
		int j = order.length - 1;
		while (order[j] <= order[i]) {
			j--;
		}
		swap(order, i, j);
		for (int left = i + 1, right = order.length - 1; left < right; left++, right--) {
			swap(order, left, right);
		}
		return order;
	}

	private static void swap(int[] order, int i, int j) {
		int t = order[i];
		order[i] = order[j];
		order[j] = t;
	}

}
