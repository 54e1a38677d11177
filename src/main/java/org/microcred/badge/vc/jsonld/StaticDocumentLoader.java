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
		document.setDocumentUrl(url);
		return document;
	}

}
