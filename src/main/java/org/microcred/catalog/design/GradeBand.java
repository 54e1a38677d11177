package org.microcred.catalog.design;

/** The grade bands a credential is meant for. */
public enum GradeBand {

	PRE_K("Pre-K"), K_2("K–2"), GRADES_3_5("Grades 3–5"), GRADES_6_8("Grades 6–8"), GRADES_9_12("Grades 9–12"),
	ADULT("Adult and higher education");

	private final String label;

	GradeBand(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
