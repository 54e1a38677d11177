package org.microcred.catalog;

/**
 * Where a version stands: Draft → In quality review → Published → (Superseded by a newer version | Retired).
 */
public enum VersionStatus {

	DRAFT("Draft"), IN_REVIEW("In quality review"), PUBLISHED("Published"), SUPERSEDED("Superseded"),
	RETIRED("Retired");

	private final String label;

	VersionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the content may still change. */
	public boolean editable() {
		return this == DRAFT;
	}

}
