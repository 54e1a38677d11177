package org.microcred.organization.roster;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How alike two school names are, to suggest the existing school a misspelt name in a roster file probably means
 * ("Lincon Elementary" → "Lincoln Elementary School"). Names are compared without letter case, accents,
 * punctuation and the words that say nothing about which school it is ("school", "the", "of"), by edit distance
 * (Levenshtein) relative to the longer name.
 */
final class SchoolNames {

	/** From this similarity on, a name is suggested. */
	static final double SUGGEST_FROM = 0.8;

	/** New schools of one import looked at for a suggestion (the rest are created as before): bounds the work. */
	static final int MAX_SUGGESTIONS = 200;

	private static final Set<String> GENERIC = Set.of("school", "sch", "the", "of");

	/** Names longer than this are compared by their beginning only (school names are at most 200 characters). */
	private static final int MAX = 200;

	private SchoolNames() {
	}

	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !GENERIC.contains(word))
			.collect(Collectors.joining(" "));
	}

	/** 1 for the same name, 0 for nothing in common. */
	static double similarity(String a, String b) {
		String x = normalize(a);
		String y = normalize(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		x = x.substring(0, Math.min(x.length(), MAX));
		y = y.substring(0, Math.min(y.length(), MAX));
		return 1.0 - (double) distance(x, y) / Math.max(x.length(), y.length());
	}

	/**
	 * The candidate most like the name, if one is alike enough and is not simply the same name (which matches
	 * anyway); on a tie, the first in alphabetical order.
	 */
	static <T> Optional<T> nearest(String name, Collection<T> candidates, Function<T, String> nameOf) {
		return candidates.stream()
			.filter(c -> !nameOf.apply(c).equalsIgnoreCase(name))
			.map(c -> new Scored<>(c, similarity(name, nameOf.apply(c)), nameOf.apply(c)))
			.filter(s -> s.score() >= SUGGEST_FROM)
			.min(Comparator.comparingDouble((Scored<T> s) -> -s.score()).thenComparing(Scored::name,
					String.CASE_INSENSITIVE_ORDER))
			.map(Scored::candidate);
	}

	private record Scored<T>(T candidate, double score, String name) {
	}

	/** The Levenshtein distance: insertions, deletions and substitutions needed to turn one into the other. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
