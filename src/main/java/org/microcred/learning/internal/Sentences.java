package org.microcred.learning.internal;

import java.util.List;

import org.microcred.platform.Msg;

/** Several messages for one answer: shown one sentence after the other, each in the reader's language. */
public final class Sentences {

	private Sentences() {
	}

	/** The messages as one ({@code learning.sentences} nests them pairwise); null for none. */
	public static Msg of(List<Msg> sentences) {
		Msg all = null;
		for (int i = sentences.size() - 1; i >= 0; i--) {
			all = all == null ? sentences.get(i) : Msg.of("learning.sentences", sentences.get(i), all);
		}
		return all;
	}

}
