package org.microcred.catalog;

/** Where the signed-in teacher stands with a credential, as the catalog cards show it. */
public enum LearnerStatus {

	ENROLLED, SUBMITTED, RETURNED, EARNED;

	/** The bundle key of the words on the card, e.g. {@code catalog.card.status.submitted}. */
	public String messageKey() {
		return "catalog.card.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
