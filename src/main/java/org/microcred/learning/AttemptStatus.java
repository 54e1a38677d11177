package org.microcred.learning;

/** Submitted → In review → Returned with feedback | Passed. */
public enum AttemptStatus {

	SUBMITTED("Submitted"), IN_REVIEW("In review"), RETURNED("Returned with feedback"), PASSED("Passed");

	private final String label;

	AttemptStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean open() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

}
