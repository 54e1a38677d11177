package org.microcred.catalog.design;

/** What a teacher may hand in for an evidence part. */
public enum EvidenceKind {

	TEXT("Written reflection"), FILE("Documents and media files"), LINK("Links and recordings"),
	STUDENT_WORK("Student work samples");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
