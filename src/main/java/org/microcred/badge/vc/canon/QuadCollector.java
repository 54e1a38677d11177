package org.microcred.badge.vc.canon;

import java.util.HashMap;
import java.util.Map;

import com.apicatalog.rdf.api.RdfQuadConsumer;

/**
 * Collects quads from Titanium (JSON-LD to RDF, or an N-Quads reader) into a {@link QuadBuffer}, numbering
 * blank nodes by their label and writing every other term in canonical N-Quads form.
 */
final class QuadCollector implements RdfQuadConsumer {

	private final QuadBuffer quads = new QuadBuffer();

	private final Map<String, Integer> blanks = new HashMap<>();

	@Override
	public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language,
			String direction, String graph) {
		int s = blank(subject);
		int o = (datatype == null) ? blank(object) : QuadBuffer.NOT_BLANK;
		int g = blank(graph);
		String objectText = (datatype != null) ? NQuads.literal(object, datatype, language)
				: (o == QuadBuffer.NOT_BLANK) ? NQuads.resource(object) : null;
		this.quads.add(s, (s == QuadBuffer.NOT_BLANK) ? NQuads.resource(subject) : null, NQuads.resource(predicate),
				o, objectText, g, (g == QuadBuffer.NOT_BLANK && graph != null) ? NQuads.resource(graph) : null);
		return this;
	}

	QuadBuffer quads() {
		return this.quads;
	}

	/** The blank node labels seen, each with its number in {@link #quads()}. */
	Map<String, Integer> blankNumbers() {
		return Map.copyOf(this.blanks);
	}

	private int blank(String term) {
		if (term == null || !term.startsWith("_:")) {
			return QuadBuffer.NOT_BLANK;
		}
		return this.blanks.computeIfAbsent(term, label -> this.quads.newBlank());
	}

}
