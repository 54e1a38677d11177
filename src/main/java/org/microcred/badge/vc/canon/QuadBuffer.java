package org.microcred.badge.vc.canon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The quads of one dataset, with blank nodes numbered and every IRI or literal already written in canonical
 * N-Quads form, so canonicalization only concatenates. A dataset is a set, but repeats are only possible in
 * rare documents (the same value twice in one array), so they are not looked for here: {@link Rdfc10} skips
 * them where they matter.
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

	private int[] graphBlank = new int[64];

	private String[] graphText = new String[64];

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
	 * Adds a quad of the default graph. Subject and object are either a blank node number (text null) or
	 * {@link #NOT_BLANK} with their N-Quads text; the predicate is always N-Quads text.
	 */
	void add(int sBlank, String sText, String pText, int oBlank, String oText) {
		add(sBlank, sText, pText, oBlank, oText, NOT_BLANK, null);
	}

	/** Adds a quad of a named graph, given like subject and object (a null text and NOT_BLANK: the default graph). */
	void add(int sBlank, String sText, String pText, int oBlank, String oText, int gBlank, String gText) {
		if (this.size == this.subjectBlank.length) {
			grow();
		}
		this.subjectBlank[this.size] = sBlank;
		this.subjectText[this.size] = sText;
		this.predicateText[this.size] = pText;
		this.objectBlank[this.size] = oBlank;
		this.objectText[this.size] = oText;
		this.graphBlank[this.size] = gBlank;
		this.graphText[this.size] = gText;
		this.size++;
	}

	int subjectBlank(int quad) {
		return this.subjectBlank[quad];
	}

	int objectBlank(int quad) {
		return this.objectBlank[quad];
	}

	int graphBlank(int quad) {
		return this.graphBlank[quad];
	}

	/** The predicate in N-Quads form, {@code <iri>}. */
	String predicate(int quad) {
		return this.predicateText[quad];
	}

	/** The quad as N-Quads with blank node {@code i} written as {@code labels[i]}. */
	String line(int quad, String[] labels) {
		int s = this.subjectBlank[quad];
		int o = this.objectBlank[quad];
		return (s == NOT_BLANK ? this.subjectText[quad] : labels[s]) + ' ' + this.predicateText[quad] + ' '
				+ (o == NOT_BLANK ? this.objectText[quad] : labels[o]) + graph(quad, labels) + " .\n";
	}

	private String graph(int quad, String[] labels) {
		int g = this.graphBlank[quad];
		if (g != NOT_BLANK) {
			return " " + labels[g];
		}
		return (this.graphText[quad] == null) ? "" : " " + this.graphText[quad];
	}

	/** The quad with blank node {@code focus} as {@code _:a} and every other as {@code _:z} (RDFC-1.0 4.6). */
	String firstDegreeLine(int quad, int focus) {
		int s = this.subjectBlank[quad];
		int o = this.objectBlank[quad];
		int g = this.graphBlank[quad];
		String subject = (s == NOT_BLANK) ? this.subjectText[quad] : (s == focus ? "_:a" : "_:z");
		String object = (o == NOT_BLANK) ? this.objectText[quad] : (o == focus ? "_:a" : "_:z");
		String graph = (g == NOT_BLANK) ? ((this.graphText[quad] == null) ? "" : " " + this.graphText[quad])
				: (g == focus ? " _:a" : " _:z");
		return subject + ' ' + this.predicateText[quad] + ' ' + object + graph + " .\n";
	}

	/** Whether two stored quads are the same quad (a repeat). */
	boolean sameQuad(int a, int b) {
		return this.subjectBlank[a] == this.subjectBlank[b] && this.objectBlank[a] == this.objectBlank[b]
				&& this.graphBlank[a] == this.graphBlank[b]
				&& Objects.equals(this.subjectText[a], this.subjectText[b])
				&& this.predicateText[a].equals(this.predicateText[b])
				&& Objects.equals(this.objectText[a], this.objectText[b])
				&& Objects.equals(this.graphText[a], this.graphText[b]);
	}

	/** The index of each distinct quad, the first of any repeats (a dataset is a set). */
	int[] distinctQuads() {
		String[] labels = new String[this.blankCount];
		for (int b = 0; b < labels.length; b++) {
			labels[b] = "_:b" + b;
		}
		Set<String> seen = new HashSet<>();
		int[] distinct = new int[this.size];
		int count = 0;
		for (int q = 0; q < this.size; q++) {
			if (seen.add(line(q, labels))) {
				distinct[count++] = q;
			}
		}
		return Arrays.copyOf(distinct, count);
	}

	private void grow() {
		int capacity = this.subjectBlank.length * 2;
		this.subjectBlank = Arrays.copyOf(this.subjectBlank, capacity);
		this.subjectText = Arrays.copyOf(this.subjectText, capacity);
		this.predicateText = Arrays.copyOf(this.predicateText, capacity);
		this.objectBlank = Arrays.copyOf(this.objectBlank, capacity);
		this.objectText = Arrays.copyOf(this.objectText, capacity);
		this.graphBlank = Arrays.copyOf(this.graphBlank, capacity);
		this.graphText = Arrays.copyOf(this.graphText, capacity);
	}

}
