package org.microcred.badge.vc.canon;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The quads of one document in the default graph, with blank nodes numbered and every IRI or literal
 * already written in canonical N-Quads form, so canonicalization only concatenates. A dataset is a set, but
 * repeats are only possible in rare documents (the same value twice in one array), so they are not looked
 * for here: {@link Rdfc10} skips them where they matter.
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
		if (this.size == this.subjectBlank.length) {
			grow();
		}
		this.subjectBlank[this.size] = sBlank;
		this.subjectText[this.size] = sText;
		this.predicateText[this.size] = pText;
		this.objectBlank[this.size] = oBlank;
		this.objectText[this.size] = oText;
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

	/** Whether two stored quads are the same quad (a repeat). */
	boolean sameQuad(int a, int b) {
		return this.subjectBlank[a] == this.subjectBlank[b] && this.objectBlank[a] == this.objectBlank[b]
				&& Objects.equals(this.subjectText[a], this.subjectText[b])
				&& this.predicateText[a].equals(this.predicateText[b])
				&& Objects.equals(this.objectText[a], this.objectText[b]);
	}

	/** All quads, once each, as N-Quads with blank nodes labelled {@code _:bN}, for the full RDFC-1.0. */
	String labelledText() {
		String[] labels = new String[this.blankCount];
		for (int b = 0; b < labels.length; b++) {
			labels[b] = "_:b" + b;
		}
		Set<String> lines = new LinkedHashSet<>();
		for (int i = 0; i < this.size; i++) {
			lines.add(line(i, labels));
		}
		return String.join("", lines);
	}

	private void grow() {
		int capacity = this.subjectBlank.length * 2;
		this.subjectBlank = Arrays.copyOf(this.subjectBlank, capacity);
		this.subjectText = Arrays.copyOf(this.subjectText, capacity);
		this.predicateText = Arrays.copyOf(this.predicateText, capacity);
		this.objectBlank = Arrays.copyOf(this.objectBlank, capacity);
		this.objectText = Arrays.copyOf(this.objectText, capacity);
	}

}
