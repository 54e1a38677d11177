package org.microcred.learning;

import java.util.List;

/** The evidence for one part: written text (Markdown), links, and files. */
public record PartEvidence(String partKey, String text, List<String> links, List<EvidenceFile> files) {

	public PartEvidence {
		links = links == null ? List.of() : List.copyOf(links);
		files = files == null ? List.of() : List.copyOf(files);
	}

	public boolean empty() {
		return (text == null || text.isBlank()) && links.isEmpty() && files.isEmpty();
	}

}
