package org.microcred.badge.vc.canon;

/**
 * The quads of one node object of a document (a subtree: an issuer profile, an achievement with its criteria
 * and alignments…), walked once and reused for every document that contains the same subtree under the same
 * context. Blank nodes are numbered locally. Besides the quads it keeps what RDFC-1.0 would compute again for
 * each document: the first-degree hash of every blank node inside the subtree, and the line of every quad
 * that mentions no blank node.
 *
 * <p>Why the hashes can be kept: a blank node of the fast path is always a node object without {@code @id},
 * so every quad that mentions it is one of its own properties or the edge from its parent — all inside the
 * subtree, except the edge to the subtree's root. So every inner blank node's first-degree hash depends on
 * the subtree alone; the root's (when blank) is left to be computed with the document, edge included. The
 * labels themselves still come from ranking every hash of the whole document, exactly as without the cache.
 */
final class Fragment {

	final QuadBuffer quads;

	/** The local number of the root when it is a blank node, else {@link QuadBuffer#NOT_BLANK}. */
	final int root;

	/** The root's N-Quads text when it has an IRI. */
	final String rootText;

	/** Per local blank node, its first-degree hash (null for the root, which depends on its parent). */
	final String[] hashes;

	/** Per quad, its line when it mentions no blank node, else null. */
	final Line[] lines;

	/** How many levels of node objects the subtree has below its root (so a reuse stays within the depth bound). */
	final int height;

	private Fragment(QuadBuffer quads, int root, String rootText, String[] hashes, Line[] lines, int height) {
		this.quads = quads;
		this.root = root;
		this.rootText = rootText;
		this.hashes = hashes;
		this.lines = lines;
		this.height = height;
	}

	/** The fragment of a subtree walked on its own into {@code quads}, whose root came out as given. */
	static Fragment of(QuadBuffer quads, int root, String rootText, int height) {
		String[] hashes = Rdfc10.firstDegreeHashes(quads, root);
		Line[] lines = new Line[quads.size()];
		for (int q = 0; q < lines.length; q++) {
			if (quads.isGround(q)) {
				lines[q] = Line.encoded(quads.line(q, null));
			}
		}
		return new Fragment(quads, root, rootText, hashes, lines, height);
	}

}
