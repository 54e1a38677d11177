package org.microcred.catalog;

/** A single micro-credential, or a stack of them. */
public enum CredentialKind {

	MICRO("Micro-credential"), STACK("Pathway");

	private final String label;

	CredentialKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
