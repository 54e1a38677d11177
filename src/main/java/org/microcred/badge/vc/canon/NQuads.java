package org.microcred.badge.vc.canon;

import java.util.Arrays;

/**
 * Canonical N-Quads serialization as RDFC-1.0 (and Digital Bazaar's rdf-canonize) writes it, shared by both
 * canonicalization paths so that they can only differ in the quads, never in the text.
 */
final class NQuads {

	static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

	static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

	private static final String[] LITERAL_ESCAPES = new String[0x80];

	/** ASCII characters an IRI cannot hold unescaped in N-Quads (controls, space, {@code <>"{}|^`\}). */
	static final boolean[] IRI_ESCAPES = new boolean[0x80];

	static {
		for (int c = 0; c <= 0x20; c++) {
			IRI_ESCAPES[c] = true;
		}
		for (char c : "<>\"{}|^`\\".toCharArray()) {
			IRI_ESCAPES[c] = true;
		}
		for (int c = 0; c < 0x20; c++) {
			LITERAL_ESCAPES[c] = String.format("\\u%04X", c);
		}
		LITERAL_ESCAPES[0x7F] = "\\u007F";
		LITERAL_ESCAPES['\b'] = "\\b";
		LITERAL_ESCAPES['\t'] = "\\t";
		LITERAL_ESCAPES['\n'] = "\\n";
		LITERAL_ESCAPES['\f'] = "\\f";
		LITERAL_ESCAPES['\r'] = "\\r";
		LITERAL_ESCAPES['"'] = "\\\"";
		LITERAL_ESCAPES['\\'] = "\\\\";
	}

	private NQuads() {
	}

	/** A subject, predicate, object or graph term: blank node labels pass through, IRIs get angle brackets. */
	static String resource(String value) {
		return value.startsWith("_:") ? value : "<" + escapeIri(value) + ">";
	}

	static String literal(String lexical, String datatype, String language) {
		int capacity = lexical.length() + 8 + ((datatype == null) ? 0 : datatype.length() + 4);
		StringBuilder out = new StringBuilder(capacity).append('"');
		appendEscaped(out, lexical);
		out.append('"');
		if (language != null && RDF_LANG_STRING.equals(datatype)) {
			out.append('@').append(language);
		}
		else if (datatype != null && !XSD_STRING.equals(datatype) && !RDF_LANG_STRING.equals(datatype)) {
			out.append("^^<").append(escapeIri(datatype)).append('>');
		}
		return out.toString();
	}

	/** One line; {@code datatype} non-null marks the object as a literal, as in Titanium's quad consumers. */
	static String line(String subject, String predicate, String object, String datatype, String language,
			String graph) {
		String objectText = (datatype != null) ? literal(object, datatype, language) : resource(object);
		String graphText = (graph == null) ? "" : " " + resource(graph);
		return resource(subject) + " " + resource(predicate) + " " + objectText + graphText + " .\n";
	}

	/** Lines sorted (UTF-16 code unit order, as rdf-canonize and Titanium sort), duplicates dropped, joined. */
	static String join(String[] lines) {
		Arrays.sort(lines);
		int capacity = 0;
		for (String line : lines) {
			capacity += line.length();
		}
		StringBuilder out = new StringBuilder(capacity);
		String previous = null;
		for (String line : lines) {
			if (!line.equals(previous)) {
				out.append(line);
			}
			previous = line;
		}
		return out.toString();
	}

	private static void appendEscaped(StringBuilder out, String value) {
		int first = 0;
		while (first < value.length() && !needsEscape(value.charAt(first))) {
			first++;
		}
		if (first == value.length()) {
			out.append(value);
			return;
		}
		out.append(value, 0, first);
		for (int i = first; i < value.length(); i++) {
			char c = value.charAt(i);
			String escape = (c < 0x80) ? LITERAL_ESCAPES[c] : null;
			if (escape == null) {
				out.append(c);
			}
			else {
				out.append(escape);
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c < 0x80 && LITERAL_ESCAPES[c] != null;
	}

	private static String escapeIri(String iri) {
		StringBuilder out = null;
		for (int i = 0; i < iri.length(); i++) {
			char c = iri.charAt(i);
			boolean escape = c < 0x80 && IRI_ESCAPES[c];
			if (escape && out == null) {
				out = new StringBuilder(iri.length() + 8).append(iri, 0, i);
			}
			if (out != null) {
				out.append(escape ? String.format("\\u%04X", (int) c) : String.valueOf(c));
			}
		}
		return (out == null) ? iri : out.toString();
	}

}
