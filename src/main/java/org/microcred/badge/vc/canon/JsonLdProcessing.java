package org.microcred.badge.vc.canon;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/** The Titanium options every path uses: bundled contexts only, and undefined terms are an error. */
final class JsonLdProcessing {

	private static final Pattern URL = Pattern.compile("https?://[^\\s\\]\"]+");

	private JsonLdProcessing() {
	}

	static JsonLdOptions options(StaticDocumentLoader loader) {
		JsonLdOptions options = new JsonLdOptions(loader);
		options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
		return options;
	}

	/**
	 * What is wrong with the document, in words a person can act on (Titanium's own messages speak of its
	 * processing policies and error codes).
	 */
	static VerificationMessage describe(JsonLdError error) {
		JsonLdError cause = error;
		while (cause.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED && cause.getCause() instanceof JsonLdError inner) {
			cause = inner;
		}
		String detail = (cause.getMessage() == null) ? "" : cause.getMessage();
		return switch (cause.getCode()) {
			case UNDEFINED_TERM -> VerificationMessage.of("badge.verify.jsonld.undefined-term", "The credential uses the"
					+ " property {0}, which none of its @context entries defines. An undefined property would not be"
					+ " covered by the signature, so the credential is refused.", bracketed(detail));
			case LOADING_DOCUMENT_FAILED, LOADING_REMOTE_CONTEXT_FAILED -> VerificationMessage.of(
					"badge.verify.jsonld.unknown-context", "The credential''s @context lists {0}, a context Microcred does"
							+ " not have. Contexts are never fetched from the network; Microcred knows the W3C VC 1.1 and"
							+ " 2.0, Open Badges 3.0, Data Integrity and Multikey contexts.", url(error));
			case PROTECTED_TERM_REDEFINITION -> VerificationMessage.of("badge.verify.jsonld.protected-term",
					"The credential's @context changes the meaning of a protected term of another context (a term such"
							+ " as \"type\" or \"proof\" defined twice, differently).");
			case COLLIDING_KEYWORDS -> VerificationMessage.of("badge.verify.jsonld.colliding-keywords",
					"The credential gives the same JSON-LD keyword (such as @id or @type) twice under different names.");
			default -> VerificationMessage.of("badge.verify.jsonld.invalid", "The credential is not valid JSON-LD: {0}.",
					words(cause.getCode()));
		};
	}

	/** The term or URL Titanium names in square brackets, or "(unnamed)". */
	private static Object bracketed(String message) {
		int open = message.indexOf('[');
		int close = message.indexOf(']', open + 1);
		return (open >= 0 && close > open) ? "\"" + message.substring(open + 1, close) + "\""
				: VerificationMessage.of("badge.verify.jsonld.unnamed", "(unnamed)");
	}

	/** The first URL any message in the chain names. */
	private static Object url(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			Matcher url = URL.matcher(String.valueOf(t.getMessage()));
			if (url.find()) {
				return url.group();
			}
		}
		return VerificationMessage.of("badge.verify.jsonld.a-context", "a context");
	}

	private static String words(JsonLdErrorCode code) {
		return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
