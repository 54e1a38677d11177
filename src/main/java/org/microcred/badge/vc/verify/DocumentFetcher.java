package org.microcred.badge.vc.verify;

import java.net.URI;
import org.microcred.badge.vc.VerificationMessage;

/**
 * Fetches the JSON documents verification needs from elsewhere: DID documents, controller documents and
 * status list credentials. Pluggable so tests, caches and offline verifiers can answer instead of the network.
 */
public interface DocumentFetcher {

	/**
	 * The document's text.
	 * @throws FetchException when it cannot be had
	 */
	String fetch(URI url);

	/** The scheme to use for a {@code did:web} host: always https, except where a test allows loopback http. */
	default String didWebScheme(String host) {
		return "https";
	}

	/** A fetcher that has nothing, for offline verification. */
	static DocumentFetcher none() {
		return url -> {
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.disabled", "Fetching {0} is disabled.",
					url.toString()));
		};
	}

}
