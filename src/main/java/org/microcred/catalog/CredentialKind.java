package org.microcred.catalog;

/** A single micro-credential, or a stack of them. */
public enum CredentialKind {

	MICRO("Micro-credential"), STACK("Pathway");

	private final String label;

	CredentialKind(String label) {
		this.label = label;
	}

	/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
	public String label() {
		return label;
	}

	/** The bundle key of the name people read, e.g. {@code catalog.kind.micro}. */
	public String messageKey() {
		return "catalog.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
