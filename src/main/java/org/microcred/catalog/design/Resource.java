package org.microcred.catalog.design;

/** Something to read, watch or do while learning. */
public record Resource(ResourceKind kind, String title, String url, String description, Integer minutes) {

	public enum ResourceKind {

		READING("Reading"), VIDEO("Video"), ACTIVITY("Interactive activity"), FILE("Download"), LINK("Web page");

		private final String label;

		ResourceKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
