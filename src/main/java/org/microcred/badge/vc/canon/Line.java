package org.microcred.badge.vc.canon;

import java.nio.charset.StandardCharsets;

/**
 * One canonical N-Quads line with its UTF-8 bytes, encoded once: the lines of a cached fragment that mention
 * no blank node are hashed for every credential that shares them, and encoding is a good part of hashing.
 */
final class Line implements Comparable<Line> {

	final String text;

	private byte[] utf8;

	Line(String text) {
		this.text = text;
	}

	/** A line whose bytes are computed now, for sharing between threads. */
	static Line encoded(String text) {
		Line line = new Line(text);
		line.utf8 = text.getBytes(StandardCharsets.UTF_8);
		return line;
	}

	byte[] utf8() {
		byte[] bytes = this.utf8;
		return (bytes != null) ? bytes : text.getBytes(StandardCharsets.UTF_8);
	}

	/** UTF-16 code unit order, as the rest of the canonicalization (and rdf-canonize) sorts. */
	@Override
	public int compareTo(Line other) {
		return this.text.compareTo(other.text);
	}

}
