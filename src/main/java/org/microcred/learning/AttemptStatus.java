package org.microcred.learning;

/** Submitted → In review → Returned with feedback | Passed. */
public enum AttemptStatus {

	SUBMITTED("Submitted"), IN_REVIEW("In review"), RETURNED("Returned with feedback"), PASSED("Passed");

	private final String label;

	AttemptStatus(String label) {
		this.label = label;
	}

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code learning.attempt-status.in-review}. */
	public String messageKey() {
		return "learning.attempt-status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public boolean open() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

}
