package org.microcred.catalog.design;

/** Form of participation (EU Council Recommendation 2022/C 243/02, Annex I). */
public enum Participation {

	ONLINE("Online"), BLENDED("Blended"), ON_SITE("On-site");

	private final String label;

	Participation(String label) {
		this.label = label;
	}

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code catalog.participation.on-site}. */
	public String messageKey() {
		return "catalog.participation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
