package org.microcred.badge.vc.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

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

	/** SHA-256 of the canonical N-Quads, hashed line by line without building the whole text. */
	static byte[] sha256(QuadBuffer quads) {
		Line[] lines = uniqueFirstDegreeLines(quads);
		if (lines == null) {
			return Sha256.of(full(quads, SHA_256));
		}
		MessageDigest sha256 = Sha256.newDigest();
		for (Line line : lines) {
			sha256.update(line.utf8());
		}
		return sha256.digest();
	}

	/** The canonical N-Quads, or null when some blank nodes share a first-degree hash. */
	static String uniqueFirstDegree(QuadBuffer quads) {
		Line[] lines = uniqueFirstDegreeLines(quads);
		if (lines == null) {
			return null;
		}
		int capacity = 0;
		for (Line line : lines) {
			capacity += line.text.length();
		}
		StringBuilder out = new StringBuilder(capacity);
		for (Line line : lines) {
			out.append(line.text);
		}
		return out.toString();
	}

	/**
	 * The canonical lines in order, repeats dropped, when every blank node has its own first-degree hash (the
	 * labels then follow from sorting the hashes); null when two hashes tie. Hashes a cached fragment already
	 * knows are taken from it, the others computed.
	 */
	private static Line[] uniqueFirstDegreeLines(QuadBuffer quads) {
		int blanks = quads.blankCount();
		int[][] mentions = mentions(quads, null);
		String[] hashes = new String[blanks];
		MessageDigest sha256 = (blanks == 0) ? null : Sha256.newDigest();
		int used = 0;
		for (int b = 0; b < blanks; b++) {
			// A blank node no quad mentions is not part of the dataset and gets no label.
			if (mentions[b].length > 0) {
				String known = quads.knownHash(b);
				hashes[b] = (known != null) ? known : firstDegreeHash(quads, mentions[b], b, sha256);
				used++;
			}
		}
		Integer[] order = new Integer[used];
		for (int b = 0, i = 0; b < blanks; b++) {
			if (hashes[b] != null) {
				order[i++] = b;
			}
		}
		Arrays.sort(order, (x, y) -> hashes[x].compareTo(hashes[y]));
		String[] labels = new String[blanks];
		for (int rank = 0; rank < order.length; rank++) {
			if (rank > 0 && hashes[order[rank]].equals(hashes[order[rank - 1]])) {
				return null;
			}
			labels[order[rank]] = "_:c14n" + rank;
		}
		Line[] lines = new Line[quads.size()];
		for (int q = 0; q < lines.length; q++) {
			lines[q] = quads.renderedLine(q, labels);
		}
		Arrays.sort(lines);
		int distinct = 0;
		for (int i = 0; i < lines.length; i++) {
			if (distinct == 0 || !lines[i].text.equals(lines[distinct - 1].text)) {
				lines[distinct++] = lines[i];
			}
		}
		return (distinct == lines.length) ? lines : Arrays.copyOf(lines, distinct);
	}

	/** The first-degree hash of every blank node but {@code skip} (which may be {@link QuadBuffer#NOT_BLANK}). */
	static String[] firstDegreeHashes(QuadBuffer quads, int skip) {
		int[][] mentions = mentions(quads, null);
		String[] hashes = new String[quads.blankCount()];
		MessageDigest sha256 = Sha256.newDigest();
		for (int b = 0; b < hashes.length; b++) {
			if (b != skip && mentions[b].length > 0) {
				hashes[b] = firstDegreeHash(quads, mentions[b], b, sha256);
			}
		}
		return hashes;
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
		int[] counts = new int[blanks];
		visitMentions(quads, only, (blank, quad) -> counts[blank]++);
		int[][] result = new int[blanks][];
		for (int b = 0; b < blanks; b++) {
			result[b] = new int[counts[b]];
			counts[b] = 0;
		}
		visitMentions(quads, only, (blank, quad) -> result[blank][counts[blank]++] = quad);
		return result;
	}

	private interface Mention {

		void of(int blank, int quad);

	}

	private static void visitMentions(QuadBuffer quads, int[] only, Mention mention) {
		int count = (only == null) ? quads.size() : only.length;
		for (int i = 0; i < count; i++) {
			int q = (only == null) ? i : only[i];
			int s = quads.subjectBlank(q);
			int o = quads.objectBlank(q);
			int g = quads.graphBlank(q);
			if (s != QuadBuffer.NOT_BLANK) {
				mention.of(s, q);
			}
			if (o != QuadBuffer.NOT_BLANK && o != s) {
				mention.of(o, q);
			}
			if (g != QuadBuffer.NOT_BLANK && g != s && g != o) {
				mention.of(g, q);
			}
		}
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
