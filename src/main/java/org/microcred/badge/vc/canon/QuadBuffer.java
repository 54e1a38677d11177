package org.microcred.badge.vc.canon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The quads of one document in the default graph, with blank nodes numbered and every IRI or literal
 * already written in canonical N-Quads form, so canonicalization only concatenates. A dataset is a set:
 * repeated quads are kept once.
 */
final class QuadBuffer {

	static final int NOT_BLANK = -1;

	private int size;

	private int blankCount;

	private int[] subjectBlank = new int[64];

	private String[] subjectText = new String[64];

	private String[] predicateText = new String[64];

	private int[] objectBlank = new int[64];

	private String[] objectText = new String[64];

	private String[] raw = new String[64];

	private final Set<String> seen = new HashSet<>();

	int newBlank() {
		return this.blankCount++;
	}

	int size() {
		return this.size;
	}

	int blankCount() {
		return this.blankCount;
	}

	/**
	 * Adds a quad. Subject and object are either a blank node number (text null) or {@link #NOT_BLANK} with
	 * their N-Quads text; the predicate is always N-Quads text.
	 */
	void add(int sBlank, String sText, String pText, int oBlank, String oText) {
		String key = (sBlank == NOT_BLANK ? sText : "_:b" + sBlank) + ' ' + pText + ' '
				+ (oBlank == NOT_BLANK ? oText : "_:b" + oBlank) + " .\n";
		if (!this.seen.add(key)) {
			return;
		}
		if (this.size == this.subjectBlank.length) {
			grow();
		}
		this.subjectBlank[this.size] = sBlank;
		this.subjectText[this.size] = sText;
		this.predicateText[this.size] = pText;
		this.objectBlank[this.size] = oBlank;
		this.objectText[this.size] = oText;
		this.raw[this.size] = key;
		this.size++;
	}

	int subjectBlank(int quad) {
		return this.subjectBlank[quad];
	}

	int objectBlank(int quad) {
		return this.objectBlank[quad];
	}

	/** The quad as N-Quads with blank node {@code i} written as {@code labels[i]}. */
	String line(int quad, String[] labels) {
		int s = this.subjectBlank[quad];
		int o = this.objectBlank[quad];
		return (s == NOT_BLANK ? this.subjectText[quad] : labels[s]) + ' ' + this.predicateText[quad] + ' '
				+ (o == NOT_BLANK ? this.objectText[quad] : labels[o]) + " .\n";
	}

	/** The quad with blank node {@code focus} as {@code _:a} and every other as {@code _:z} (RDFC-1.0 4.6). */
	String firstDegreeLine(int quad, int focus) {
		int s = this.subjectBlank[quad];
		int o = this.objectBlank[quad];
		String subject = (s == NOT_BLANK) ? this.subjectText[quad] : (s == focus ? "_:a" : "_:z");
		String object = (o == NOT_BLANK) ? this.objectText[quad] : (o == focus ? "_:a" : "_:z");
		return subject + ' ' + this.predicateText[quad] + ' ' + object + " .\n";
	}

	/** All quads as N-Quads with blank nodes labelled {@code _:bN}, for the full RDFC-1.0 algorithm. */
	String labelledText() {
		StringBuilder out = new StringBuilder(this.size * 96);
		for (int i = 0; i < this.size; i++) {
			out.append(this.raw[i]);
		}
		return out.toString();
	}

	private void grow() {
		int capacity = this.subjectBlank.length * 2;
		this.subjectBlank = Arrays.copyOf(this.subjectBlank, capacity);
		this.subjectText = Arrays.copyOf(this.subjectText, capacity);
		this.predicateText = Arrays.copyOf(this.predicateText, capacity);
		this.objectBlank = Arrays.copyOf(this.objectBlank, capacity);
		this.objectText = Arrays.copyOf(this.objectText, capacity);
		this.raw = Arrays.copyOf(this.raw, capacity);
	}

}
