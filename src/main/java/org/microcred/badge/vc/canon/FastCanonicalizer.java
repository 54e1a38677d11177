package org.microcred.badge.vc.canon;

import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/**
 * The fast path: contexts compiled once into term tables, the JSON tree turned straight into quads, and
 * RDFC-1.0 with the unique-first-degree-hash shortcut. Documents using anything it does not support (an
 * unknown or inline context, {@code @graph}, lists, JSON literals, keywords, undefined terms, relative or
 * international IRIs, unusual numbers) go to the generic path, so the output is always the generic path's.
 */
public final class FastCanonicalizer implements Canonicalizer {

	private final ContextRegistry contexts;

	private final Canonicalizer generic;

	public FastCanonicalizer(StaticDocumentLoader loader, Canonicalizer generic) {
		this.contexts = new ContextRegistry(loader);
		this.generic = generic;
	}

	/** The fast path over the bundled contexts, falling back to {@link GenericCanonicalizer}. */
	public FastCanonicalizer() {
		this(StaticDocumentLoader.bundled(), new GenericCanonicalizer());
	}

	@Override
	public String canonicalize(JsonObject document) {
		return tryFast(document).orElseGet(() -> this.generic.canonicalize(document));
	}

	/** The canonical N-Quads when the fast path supports the document, else empty. */
	public Optional<String> tryFast(JsonObject document) {
		Optional<TermTable> table = this.contexts.forContext(document.get("@context"));
		if (table.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Rdfc10.canonicalize(FastRdf.toQuads(document, table.get())));
		}
		catch (FastRdf.Unsupported | JsonLdError ex) {
			return Optional.empty();
		}
	}

}
