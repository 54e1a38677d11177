package org.microcred.badge.vc.canon;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import org.microcred.badge.vc.Sha256;

/**
 * RDFC-1.0 over a {@link QuadBuffer}. Credentials are trees, so each blank node almost always has a unique
 * first-degree hash; then the canonical labels follow from sorting those hashes and the N-degree steps are
 * not needed. When two hashes collide, the quads go to titanium-rdfc's complete implementation.
 */
final class Rdfc10 {

	private Rdfc10() {
	}

	static String canonicalize(QuadBuffer quads) {
		String quick = uniqueFirstDegree(quads);
		return (quick != null) ? quick : full(quads);
	}

	/** The canonical N-Quads, or null when some blank nodes share a first-degree hash. */
	static String uniqueFirstDegree(QuadBuffer quads) {
		int blanks = quads.blankCount();
		List<List<Integer>> mentions = mentions(quads, blanks);
		String[] hashes = new String[blanks];
		MessageDigest sha256 = Sha256.newDigest();
		for (int b = 0; b < blanks; b++) {
			hashes[b] = firstDegreeHash(quads, mentions.get(b), b, sha256);
		}
		// A blank node no quad mentions is not part of the dataset and gets no label.
		Integer[] order = IntStream.range(0, blanks)
			.filter(b -> !mentions.get(b).isEmpty())
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
		String[] lines = new String[quads.size()];
		for (int q = 0; q < lines.length; q++) {
			lines[q] = quads.line(q, labels);
		}
		return NQuads.join(lines);
	}

	/** The complete algorithm (with its N-degree hashing), through titanium-rdfc. */
	static String full(QuadBuffer quads) {
		RdfCanon canon = GenericCanonicalizer.newCanon();
		try {
			new NQuadsReader(new StringReader(quads.labelledText())).provide(canon);
		}
		catch (NQuadsReaderException | RdfConsumerException ex) {
			throw new CanonicalizationException("Cannot canonicalize the document's quads", ex);
		}
		return GenericCanonicalizer.serialize(canon);
	}

	private static List<List<Integer>> mentions(QuadBuffer quads, int blanks) {
		List<List<Integer>> mentions = new ArrayList<>(blanks);
		for (int b = 0; b < blanks; b++) {
			mentions.add(new ArrayList<>(4));
		}
		for (int q = 0; q < quads.size(); q++) {
			int s = quads.subjectBlank(q);
			int o = quads.objectBlank(q);
			if (s != QuadBuffer.NOT_BLANK) {
				mentions.get(s).add(q);
			}
			if (o != QuadBuffer.NOT_BLANK && o != s) {
				mentions.get(o).add(q);
			}
		}
		return mentions;
	}

	/** RDFC-1.0 4.6, counting a quad given twice (the same value twice in an array) once. */
	private static String firstDegreeHash(QuadBuffer quads, List<Integer> quadIndexes, int focus,
			MessageDigest sha256) {
		int count = quadIndexes.size();
		String[] lines = new String[count];
		Integer[] order = new Integer[count];
		for (int i = 0; i < count; i++) {
			lines[i] = quads.firstDegreeLine(quadIndexes.get(i), focus);
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> lines[x].compareTo(lines[y]));
		for (int i = 0; i < count; i++) {
			int current = order[i];
			boolean repeat = i > 0 && lines[current].equals(lines[order[i - 1]])
					&& quads.sameQuad(quadIndexes.get(current), quadIndexes.get(order[i - 1]));
			if (!repeat) {
				sha256.update(lines[current].getBytes(StandardCharsets.UTF_8));
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}


}
