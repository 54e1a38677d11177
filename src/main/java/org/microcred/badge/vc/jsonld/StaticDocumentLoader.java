package org.microcred.badge.vc.jsonld;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;

/**
 * A Titanium document loader that answers only from memory: the bundled contexts plus any documents given
 * to it. It never touches the network, so an unknown context URL fails with a message naming it.
 */
public final class StaticDocumentLoader implements DocumentLoader {

	private static final StaticDocumentLoader BUNDLED = new StaticDocumentLoader(Map.of());

	/**
	 * Contexts that repeat a protected term of another context word for word: the Data Integrity v2 context
	 * copies the VC 2.0 context's {@code DataIntegrityProof}, as the VC working group requires. JSON-LD 1.1
	 * allows such an identical redefinition, but Titanium also compares the base URL of the two definitions
	 * (the URL of the context that made each). Serving the copy with the original's URL as its base lets
	 * Titanium see them as the same; the base cannot change what these contexts mean, since they hold no
	 * relative IRI (BundledContextsTests checks that).
	 */
	static final Map<String, String> SHARED_BASE = Map.of(BundledContexts.DATA_INTEGRITY_V2,
			BundledContexts.CREDENTIALS_V2);

	private final Map<String, JsonStructure> extra;

	private StaticDocumentLoader(Map<String, JsonStructure> extra) {
		this.extra = Map.copyOf(extra);
	}

	/** A loader that knows only the bundled contexts. */
	public static StaticDocumentLoader bundled() {
		return BUNDLED;
	}

	/** A copy that also serves the given documents (URL to JSON), e.g. contexts a test defines. */
	public StaticDocumentLoader with(Map<String, ? extends JsonStructure> documents) {
		Map<String, JsonStructure> all = new HashMap<>(this.extra);
		all.putAll(documents);
		return new StaticDocumentLoader(all);
	}

	/** Whether this loader can answer for the URL. */
	public boolean knows(String url) {
		return this.extra.containsKey(url) || BundledContexts.get().document(url).isPresent();
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		String key = url.toString();
		JsonStructure json = this.extra.get(key);
		if (json == null) {
			json = BundledContexts.get()
				.document(key)
				.orElseThrow(() -> new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
						"The JSON-LD context " + key + " is not bundled with Microcred, and contexts are never"
								+ " fetched from the network"));
		}
		JsonDocument document = JsonDocument.of(json);
		document.setDocumentUrl(SHARED_BASE.containsKey(key) ? URI.create(SHARED_BASE.get(key)) : url);
		return document;
	}

}
