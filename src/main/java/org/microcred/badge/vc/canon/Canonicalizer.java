package org.microcred.badge.vc.canon;

import jakarta.json.JsonObject;
import org.microcred.badge.vc.Sha256;

/**
 * Turns a JSON-LD document into RDFC-1.0 canonical N-Quads. Processing fails on any term the document's
 * contexts do not define, so no property can be left out of what gets signed.
 */
public interface Canonicalizer {

	/**
	 * The canonical N-Quads of the document (every line ends with a newline, lines sorted).
	 * @throws CanonicalizationException when the document cannot be processed
	 */
	String canonicalize(JsonObject document);

	/**
	 * SHA-256 of the canonical N-Quads' UTF-8 bytes, what eddsa-rdfc-2022 signs. Implementations may compute it
	 * without building the text.
	 * @throws CanonicalizationException when the document cannot be processed
	 */
	default byte[] canonicalHash(JsonObject document) {
		return Sha256.of(canonicalize(document));
	}

}
