package org.microcred.badge.vc.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.microcred.badge.vc.Sha256;

/**
 * RDFC-1.0 over a {@link QuadBuffer}. Credentials are trees, so each blank node almost always has a unique
 * first-degree hash; then the canonical labels follow from sorting those hashes and the N-degree steps are
 * not needed. When two hashes tie (two embedded credentials with alike proofs, two identical alignments),
 * the quads go to the complete algorithm, {@link Rdfc10Complete}.
 */
final class Rdfc10 {

	static final String SHA_256 = "SHA-256";

	private Rdfc10() {
	}

	static String canonicalize(QuadBuffer quads) {
		String quick = uniqueFirstDegree(quads);
		return (quick != null) ? quick : full(quads, SHA_256);
	}

	/** The canonical N-Quads, or null when some blank nodes share a first-degree hash. */
	static String uniqueFirstDegree(QuadBuffer quads) {
		int blanks = quads.blankCount();
		int[][] mentions = mentions(quads, null);
		String[] hashes = new String[blanks];
		MessageDigest sha256 = Sha256.newDigest();
		for (int b = 0; b < blanks; b++) {
			hashes[b] = firstDegreeHash(quads, mentions[b], b, sha256);
		}
		// A blank node no quad mentions is not part of the dataset and gets no label.
		Integer[] order = IntStream.range(0, blanks)
			.filter(b -> mentions[b].length > 0)
			.boxed()
			.sorted((x, y) -> hashes[x].compareTo(hashes[y]))
			.toArray(Integer[]::new);
		String[] labels = new String[blanks];
		for (int rank = 0; rank < order.length; rank++) {
			if (rank > 0 && hashes[order[rank]].equals(hashes[order[rank - 1]])) {
				return null;
			}
			labels[order[rank]] = "_:c14n" + rank;
		}
		return serialize(quads, labels, IntStream.range(0, quads.size()).toArray());
	}

	/**
	 * The complete algorithm, with its N-degree hashing, and a hash algorithm of choice (RDFC-1.0 allows
	 * SHA-384 too).
	 * @throws CanonicalizationException when the blank nodes are too alike to be told apart within the bound
	 */
	static String full(QuadBuffer quads, String hashAlgorithm) {
		int[] distinct = quads.distinctQuads();
		return serialize(quads, Rdfc10Complete.labels(quads, distinct, hashAlgorithm), distinct);
	}

	/** The canonical label issued to each blank node by the complete algorithm (null for unused numbers). */
	static String[] canonicalLabels(QuadBuffer quads, String hashAlgorithm) {
		return Rdfc10Complete.labels(quads, quads.distinctQuads(), hashAlgorithm);
	}

	private static String serialize(QuadBuffer quads, String[] labels, int[] quadIndexes) {
		String[] lines = new String[quadIndexes.length];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = quads.line(quadIndexes[i], labels);
		}
		return NQuads.join(lines);
	}

	/** For each blank node, the quads (of {@code only}, or all when null) in which it occurs, each once. */
	static int[][] mentions(QuadBuffer quads, int[] only) {
		int blanks = quads.blankCount();
		List<List<Integer>> mentions = new ArrayList<>(blanks);
		for (int b = 0; b < blanks; b++) {
			mentions.add(new ArrayList<>(4));
		}
		int count = (only == null) ? quads.size() : only.length;
		for (int i = 0; i < count; i++) {
			int q = (only == null) ? i : only[i];
			int s = quads.subjectBlank(q);
			int o = quads.objectBlank(q);
			int g = quads.graphBlank(q);
			if (s != QuadBuffer.NOT_BLANK) {
				mentions.get(s).add(q);
			}
			if (o != QuadBuffer.NOT_BLANK && o != s) {
				mentions.get(o).add(q);
			}
			if (g != QuadBuffer.NOT_BLANK && g != s && g != o) {
				mentions.get(g).add(q);
			}
		}
		int[][] result = new int[blanks][];
		for (int b = 0; b < blanks; b++) {
			result[b] = mentions.get(b).stream().mapToInt(Integer::intValue).toArray();
		}
		return result;
	}

	/** RDFC-1.0 4.6, counting a quad given twice (the same value twice in an array) once. */
	private static String firstDegreeHash(QuadBuffer quads, int[] quadIndexes, int focus, MessageDigest sha256) {
		int count = quadIndexes.length;
		String[] lines = new String[count];
		Integer[] order = new Integer[count];
		for (int i = 0; i < count; i++) {
			lines[i] = quads.firstDegreeLine(quadIndexes[i], focus);
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> lines[x].compareTo(lines[y]));
		for (int i = 0; i < count; i++) {
			int current = order[i];
			boolean repeat = i > 0 && lines[current].equals(lines[order[i - 1]])
					&& quads.sameQuad(quadIndexes[current], quadIndexes[order[i - 1]]);
			if (!repeat) {
				sha256.update(lines[current].getBytes(StandardCharsets.UTF_8));
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

}
