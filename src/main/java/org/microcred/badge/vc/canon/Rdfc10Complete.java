package org.microcred.badge.vc.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.microcred.badge.vc.VerificationMessage;

/**
 * The complete RDFC-1.0 (W3C Recommendation, section 4), with the Hash N-Degree Quads algorithm that
 * tells apart blank nodes whose first-degree hashes tie, such as the proofs of two embedded credentials.
 * The work is bounded as rdf-canonize bounds it (deep iterations at most the cube of the number of tied
 * blank nodes) plus a ceiling on permutations, so a crafted "poison" graph is refused, never run for hours.
 */
final class Rdfc10Complete {

	/** Ceiling on Hash N-Degree Quads calls plus permutations tried, whatever the graph. */
	static final long MAX_WORK = 250_000;

	private final QuadBuffer quads;

	private final String algorithm;

	private final int[][] mentions;

	private final String[] firstDegree;

	private final BlankIssuer canonical = new BlankIssuer("c14n");

	private long deepIterationsLeft;

	private long workLeft = MAX_WORK;

	private Rdfc10Complete(QuadBuffer quads, int[] distinct, String algorithm) {
		this.quads = quads;
		this.algorithm = algorithm;
		this.mentions = Rdfc10.mentions(quads, distinct);
		this.firstDegree = new String[quads.blankCount()];
	}

	/**
	 * The canonical label of every blank node ({@code c14n0} …; null for a node no quad mentions).
	 * @throws CanonicalizationException when the graph needs more work than the bound allows
	 */
	static String[] labels(QuadBuffer quads, int[] distinct, String algorithm) {
		return new Rdfc10Complete(quads, distinct, algorithm).run();
	}

	private String[] run() {
		Map<String, List<Integer>> byHash = new TreeMap<>();
		for (int b = 0; b < this.firstDegree.length; b++) {
			if (this.mentions[b].length > 0) {
				this.firstDegree[b] = hashFirstDegree(b);
				byHash.computeIfAbsent(this.firstDegree[b], h -> new ArrayList<>()).add(b);
			}
		}
		List<List<Integer>> tied = new ArrayList<>();
		for (List<Integer> nodes : byHash.values()) {
			if (nodes.size() == 1) {
				this.canonical.issue(nodes.get(0));
			}
			else {
				tied.add(nodes);
			}
		}
		long tiedCount = tied.stream().mapToLong(List::size).sum();
		this.deepIterationsLeft = tiedCount * tiedCount * tiedCount;
		for (List<Integer> nodes : tied) {
			List<NDegreeResult> results = new ArrayList<>();
			for (int node : nodes) {
				if (!this.canonical.has(node)) {
					BlankIssuer temporary = new BlankIssuer("b");
					temporary.issue(node);
					results.add(hashNDegree(node, temporary));
				}
			}
			results.sort((x, y) -> x.hash().compareTo(y.hash()));
			for (NDegreeResult result : results) {
				result.issuer().issuedInOrder().forEach(this.canonical::issue);
			}
		}
		String[] labels = new String[this.firstDegree.length];
		for (int b = 0; b < labels.length; b++) {
			labels[b] = this.canonical.has(b) ? "_:" + this.canonical.issue(b) : null;
		}
		return labels;
	}

	/** RDFC-1.0 4.6. */
	private String hashFirstDegree(int node) {
		int[] mentioned = this.mentions[node];
		String[] lines = new String[mentioned.length];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = this.quads.firstDegreeLine(mentioned[i], node);
		}
		Arrays.sort(lines);
		MessageDigest digest = digest();
		for (String line : lines) {
			update(digest, line);
		}
		return hex(digest);
	}

	/** RDFC-1.0 4.7. */
	private String hashRelated(int related, int quad, BlankIssuer issuer, char position) {
		MessageDigest digest = digest();
		update(digest, String.valueOf(position));
		if (position != 'g') {
			update(digest, this.quads.predicate(quad));
		}
		String id = this.canonical.has(related) ? "_:" + this.canonical.issue(related)
				: issuer.has(related) ? "_:" + issuer.issue(related) : this.firstDegree[related];
		update(digest, id);
		return hex(digest);
	}

	/** RDFC-1.0 4.8: the hash of a node's surroundings, trying every order of related nodes that tie. */
	private NDegreeResult hashNDegree(int node, BlankIssuer issuer) {
		if (--this.deepIterationsLeft < 0 || --this.workLeft < 0) {
			throw tooComplex();
		}
		MessageDigest digest = digest();
		BlankIssuer current = issuer;
		for (Map.Entry<String, List<Integer>> group : relatedByHash(node, current).entrySet()) {
			update(digest, group.getKey());
			String chosenPath = null;
			BlankIssuer chosenIssuer = null;
			for (int[] permutation : new Permutations(group.getValue())) {
				if (--this.workLeft < 0) {
					throw tooComplex();
				}
				BlankIssuer copy = current.copy();
				PathAttempt attempt = new PathAttempt(copy, chosenPath);
				if (!attempt.walk(permutation) || !attempt.recurse()) {
					continue;
				}
				String path = attempt.path.toString();
				if (chosenPath == null || path.compareTo(chosenPath) < 0) {
					chosenPath = path;
					chosenIssuer = attempt.issuer;
				}
			}
			update(digest, chosenPath);
			current = chosenIssuer;
		}
		return new NDegreeResult(hex(digest), current);
	}

	/** RDFC-1.0 4.8.3 steps 1 to 3: the related blank nodes of a node, grouped by their related hash. */
	private Map<String, List<Integer>> relatedByHash(int node, BlankIssuer issuer) {
		Map<String, List<Integer>> related = new TreeMap<>();
		for (int quad : this.mentions[node]) {
			addRelated(related, this.quads.subjectBlank(quad), node, quad, issuer, 's');
			addRelated(related, this.quads.objectBlank(quad), node, quad, issuer, 'o');
			addRelated(related, this.quads.graphBlank(quad), node, quad, issuer, 'g');
		}
		return related;
	}

	private void addRelated(Map<String, List<Integer>> related, int component, int node, int quad,
			BlankIssuer issuer, char position) {
		if (component != QuadBuffer.NOT_BLANK && component != node) {
			related.computeIfAbsent(hashRelated(component, quad, issuer, position), h -> new ArrayList<>())
				.add(component);
		}
	}

	/** One permutation's path (4.8.3 steps 5.4.1 to 5.4.5); gives up as soon as it cannot beat the best. */
	private final class PathAttempt {

		private BlankIssuer issuer;

		private final String chosen;

		private final StringBuilder path = new StringBuilder();

		private final List<Integer> recursion = new ArrayList<>();

		PathAttempt(BlankIssuer issuer, String chosen) {
			this.issuer = issuer;
			this.chosen = chosen;
		}

		boolean walk(int[] permutation) {
			for (int related : permutation) {
				if (Rdfc10Complete.this.canonical.has(related)) {
					this.path.append("_:").append(Rdfc10Complete.this.canonical.issue(related));
				}
				else {
					if (!this.issuer.has(related)) {
						this.recursion.add(related);
					}
					this.path.append("_:").append(this.issuer.issue(related));
				}
				if (worse()) {
					return false;
				}
			}
			return true;
		}

		boolean recurse() {
			for (int related : this.recursion) {
				NDegreeResult result = hashNDegree(related, this.issuer);
				this.path.append("_:").append(this.issuer.issue(related)).append('<').append(result.hash()).append('>');
				this.issuer = result.issuer();
				if (worse()) {
					return false;
				}
			}
			return true;
		}

		/** Comparing without the length, as rdf-canonize does: a path already greater stays greater. */
		private boolean worse() {
			return this.chosen != null && this.path.toString().compareTo(this.chosen) > 0;
		}

	}

	private record NDegreeResult(String hash, BlankIssuer issuer) {
	}

	private static CanonicalizationException tooComplex() {
		return new CanonicalizationException(VerificationMessage.of("badge.verify.jsonld.too-complex",
				"The document has so many look-alike unnamed nodes that checking it would take excessive work; it was"
						+ " refused."), null);
	}

	private MessageDigest digest() {
		try {
			return MessageDigest.getInstance(this.algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalArgumentException("Unknown hash algorithm " + this.algorithm, ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}
