package org.microcred.catalog.design;

/** What a teacher may hand in for an evidence part. */
public enum EvidenceKind {

	TEXT("Written reflection"), FILE("Documents and media files"), LINK("Links and recordings"),
	STUDENT_WORK("Student work samples");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code catalog.evidence-kind.student-work}. */
	public String messageKey() {
		return "catalog.evidence-kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
