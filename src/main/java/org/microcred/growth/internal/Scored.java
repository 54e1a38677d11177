package org.microcred.growth.internal;

import java.util.List;

import org.microcred.platform.Msg;

/** A candidate with its score and the reasons behind it, strongest first. */
public record Scored(Candidate candidate, int score, List<Msg> reasons) {

	public Scored {
		reasons = List.copyOf(reasons);
	}

}
