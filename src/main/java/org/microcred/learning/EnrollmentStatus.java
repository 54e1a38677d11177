package org.microcred.learning;

/** Where a teacher stands with one credential. */
public enum EnrollmentStatus {

	ACTIVE("In progress"), SUBMITTED("Submitted"), RETURNED("Returned with feedback"), PASSED("Earned"),
	WITHDRAWN("Withdrawn");

	private final String label;

	EnrollmentStatus(String label) {
		this.label = label;
	}

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code learning.enrollment-status.passed}. */
	public String messageKey() {
		return "learning.enrollment-status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Whether the teacher may still change the draft evidence. */
	public boolean drafting() {
		return this == ACTIVE || this == RETURNED;
	}

}
