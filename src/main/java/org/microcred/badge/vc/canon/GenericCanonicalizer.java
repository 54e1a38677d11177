package org.microcred.badge.vc.canon;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/**
 * The reference path: Titanium JSON-LD expansion (checked by {@link SafeMode}) and RDF conversion, then the
 * complete RDFC-1.0 ({@link Rdfc10Complete}). Handles every JSON-LD feature, at a few hundred documents per
 * second.
 */
public final class GenericCanonicalizer implements Canonicalizer {

	private final StaticDocumentLoader loader;

	public GenericCanonicalizer(StaticDocumentLoader loader) {
		this.loader = loader;
	}

	public GenericCanonicalizer() {
		this(StaticDocumentLoader.bundled());
	}

	@Override
	public String canonicalize(JsonObject document) {
		QuadCollector quads = new QuadCollector();
		try {
			JsonLdOptions options = JsonLdProcessing.options(this.loader);
			JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
			SafeMode.check(expanded);
			JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide(quads);
		}
		catch (JsonLdError ex) {
			throw new CanonicalizationException(JsonLdProcessing.describe(ex), ex);
		}
		return Rdfc10.full(quads.quads(), Rdfc10.SHA_256);
	}

}
