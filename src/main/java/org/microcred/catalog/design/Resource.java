package org.microcred.catalog.design;

/** Something to read, watch or do while learning. */
public record Resource(ResourceKind kind, String title, String url, String description, Integer minutes) {

	public enum ResourceKind {

		READING("Reading"), VIDEO("Video"), ACTIVITY("Interactive activity"), FILE("Download"), LINK("Web page");

		private final String label;

		ResourceKind(String label) {
			this.label = label;
		}

		/** The English name, for logs and the API; pages show {@link #messageKey()} in the reader's language. */
		public String label() {
			return label;
		}

		/** The bundle key of the name people read, e.g. {@code catalog.resource-kind.reading}. */
		public String messageKey() {
			return "catalog.resource-kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
