package org.microcred.review;

/** A reviewer's standing in a credential's pool. */
public enum PoolStatus {

	CALIBRATING("Calibrating"), ACTIVE("Active"), SUSPENDED("Off live reviews until recalibrated");

	private final String label;

	PoolStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
