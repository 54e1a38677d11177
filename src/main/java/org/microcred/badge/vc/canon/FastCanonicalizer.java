package org.microcred.badge.vc.canon;

import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.Sha256;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/**
 * The fast path: contexts compiled once into term tables, the JSON tree turned straight into quads, and
 * RDFC-1.0 with the unique-first-degree-hash shortcut. Documents using anything it does not support (an
 * unknown or inline context, {@code @graph}, lists, JSON literals, keywords, undefined terms, relative or
 * international IRIs, unusual numbers) go to the generic path, so the output is always the generic path's.
 *
 * <p>With a {@link FragmentCache}, subtrees seen before (the parts credentials of one design share) are taken
 * from the cache with their first-degree hashes and lines instead of being walked and hashed again; only the
 * rest of the document is. The output is the same, byte for byte.
 */
public final class FastCanonicalizer implements Canonicalizer {

	/** Room for the shared parts of a few hundred designs (a few KB each). */
	public static final int DEFAULT_CACHE_SIZE = 1024;

	private final ContextRegistry contexts;

	private final Canonicalizer generic;

	private final FragmentCache cache;

	public FastCanonicalizer(StaticDocumentLoader loader, Canonicalizer generic, FragmentCache cache) {
		this.contexts = new ContextRegistry(loader);
		this.generic = generic;
		this.cache = cache;
	}

	/** The fast path over the bundled contexts without a cache, falling back to {@link GenericCanonicalizer}. */
	public FastCanonicalizer() {
		this(StaticDocumentLoader.bundled(), new GenericCanonicalizer(), null);
	}

	/** The fast path over the bundled contexts with a cache of shared subtrees. */
	public static FastCanonicalizer cached(int cacheSize) {
		return new FastCanonicalizer(StaticDocumentLoader.bundled(), new GenericCanonicalizer(),
				new FragmentCache(cacheSize));
	}

	@Override
	public String canonicalize(JsonObject document) {
		return tryFast(document).orElseGet(() -> this.generic.canonicalize(document));
	}

	@Override
	public byte[] canonicalHash(JsonObject document) {
		QuadBuffer quads = fastQuads(document);
		return (quads != null) ? Rdfc10.sha256(quads) : Sha256.of(this.generic.canonicalize(document));
	}

	/** The canonical N-Quads when the fast path supports the document, else empty. */
	public Optional<String> tryFast(JsonObject document) {
		QuadBuffer quads = fastQuads(document);
		return (quads != null) ? Optional.of(Rdfc10.canonicalize(quads)) : Optional.empty();
	}

	/** The cache of shared subtrees, or null. */
	public FragmentCache cache() {
		return this.cache;
	}

	private QuadBuffer fastQuads(JsonObject document) {
		Optional<TermTable> table = this.contexts.forContext(document.get("@context"));
		if (table.isEmpty()) {
			return null;
		}
		try {
			return FastRdf.toQuads(document, table.get(), this.cache);
		}
		catch (FastRdf.Unsupported | JsonLdError ex) {
			return null;
		}
	}

}
