package org.microcred.catalog.design;

/** Form of participation (EU Council Recommendation 2022/C 243/02, Annex I). */
public enum Participation {

	ONLINE("Online"), BLENDED("Blended"), ON_SITE("On-site");

	private final String label;

	Participation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
