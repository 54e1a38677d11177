package org.microcred.badge.vc.canon;

import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/**
 * The reference path: Titanium JSON-LD expansion (checked by {@link SafeMode}) and RDF conversion, then
 * titanium-rdfc's full RDFC-1.0. Handles every JSON-LD feature, at a few hundred documents per second.
 */
public final class GenericCanonicalizer implements Canonicalizer {

	/** Bounds the work RDFC-1.0 may do on a crafted graph of look-alike blank nodes. */
	private static final int MAX_CANON_STEPS = 200_000;

	private final StaticDocumentLoader loader;

	public GenericCanonicalizer(StaticDocumentLoader loader) {
		this.loader = loader;
	}

	public GenericCanonicalizer() {
		this(StaticDocumentLoader.bundled());
	}

	@Override
	public String canonicalize(JsonObject document) {
		RdfCanon canon = newCanon();
		try {
			JsonLdOptions options = JsonLdProcessing.options(this.loader);
			JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
			SafeMode.check(expanded);
			JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide(canon);
		}
		catch (JsonLdError ex) {
			throw new CanonicalizationException(JsonLdProcessing.describe(ex), ex);
		}
		return serialize(canon);
	}

	static RdfCanon newCanon() {
		int[] steps = { 0 };
		RdfCanonTicker budget = () -> {
			if (++steps[0] > MAX_CANON_STEPS) {
				throw new IllegalStateException("blank node structure too complex to canonicalize");
			}
		};
		return RdfCanon.create("SHA-256", budget);
	}

	/** Runs the full RDFC-1.0 on quads already collected in {@code canon} and writes canonical N-Quads. */
	static String serialize(RdfCanon canon) {
		List<String> lines = new ArrayList<>();
		RdfQuadConsumer writer = (s, p, o, datatype, language, direction, graph) -> {
			lines.add(NQuads.line(s, p, o, datatype, language, graph));
			return null;
		};
		try {
			canon.provide(writer);
		}
		catch (RdfConsumerException | IllegalStateException ex) {
			throw new CanonicalizationException("RDFC-1.0 canonicalization failed: " + ex.getMessage(), ex);
		}
		return NQuads.join(lines.toArray(String[]::new));
	}

}
