package org.microcred.badge.vc.canon;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/** The Titanium options every path uses: bundled contexts only, and undefined terms are an error. */
final class JsonLdProcessing {

	private JsonLdProcessing() {
	}

	static JsonLdOptions options(StaticDocumentLoader loader) {
		JsonLdOptions options = new JsonLdOptions(loader);
		options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
		return options;
	}

	static String describe(JsonLdError error) {
		String message = (error.getMessage() != null) ? error.getMessage() : error.getCode().name();
		return "JSON-LD processing failed (" + error.getCode() + "): " + message;
	}

}
