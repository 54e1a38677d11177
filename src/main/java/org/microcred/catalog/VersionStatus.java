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

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code catalog.status.in-review}. */
	public String messageKey() {
		return "catalog.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Whether the content may still change. */
	public boolean editable() {
		return this == DRAFT;
	}

}
