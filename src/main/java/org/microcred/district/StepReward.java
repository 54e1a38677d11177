package org.microcred.district;

/** What a teacher gets for every N approved credentials. */
public enum StepReward {

	SALARY_STEP("a salary step"), STIPEND("a stipend");

	private final String label;

	StepReward(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
