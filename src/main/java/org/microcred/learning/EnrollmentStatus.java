package org.microcred.learning;

/** Where a teacher stands with one credential. */
public enum EnrollmentStatus {

	ACTIVE("In progress"), SUBMITTED("Submitted"), RETURNED("Returned with feedback"), PASSED("Earned"),
	WITHDRAWN("Withdrawn");

	private final String label;

	EnrollmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the teacher may still change the draft evidence. */
	public boolean drafting() {
		return this == ACTIVE || this == RETURNED;
	}

}
