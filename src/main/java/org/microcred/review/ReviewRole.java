package org.microcred.review;

/** Why a reviewer reviews an attempt: first (or second) scoring, moderation of a disagreement, an appeal. */
public enum ReviewRole {

	PRIMARY("Review"), MODERATOR("Moderation"), APPEAL("Appeal review");

	private final String label;

	ReviewRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
