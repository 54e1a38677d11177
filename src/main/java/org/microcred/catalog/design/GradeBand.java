package org.microcred.catalog.design;

/** The grade bands a credential is meant for. */
public enum GradeBand {

	PRE_K("Pre-K"), K_2("K–2"), GRADES_3_5("Grades 3–5"), GRADES_6_8("Grades 6–8"), GRADES_9_12("Grades 9–12"),
	ADULT("Adult and higher education");

	private final String label;

	GradeBand(String label) {
		this.label = label;
	}

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code catalog.grade-band.grades-3-5}. */
	public String messageKey() {
		return "catalog.grade-band." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
