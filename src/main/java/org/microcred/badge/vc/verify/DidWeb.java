package org.microcred.badge.vc.verify;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.microcred.badge.vc.VerificationMessage;

/**
 * {@code did:web} to URL, per the did:web method: {@code did:web:example.com} is
 * {@code https://example.com/.well-known/did.json}; {@code did:web:example.com:user:alice} is
 * {@code https://example.com/user/alice/did.json}; a port is percent-encoded ({@code example.com%3A8443}).
 */
public final class DidWeb {

	private static final String PREFIX = "did:web:";

	private DidWeb() {
	}

	public static boolean isDidWeb(String did) {
		return did != null && did.startsWith(PREFIX);
	}

	/** The URL of the DID document, for a DID (any fragment or query is ignored). */
	public static URI documentUrl(String didUrl, DocumentFetcher fetcher) {
		String did = withoutFragment(didUrl);
		if (!isDidWeb(did) || did.length() == PREFIX.length()) {
			throw new MalformedDid(VerificationMessage.of("badge.verify.did-web.not-did-web", "Not a did:web DID: {0}",
					didUrl));
		}
		String[] parts = did.substring(PREFIX.length()).split(":", -1);
		String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
		if (host.isEmpty() || host.contains("/") || host.contains("@")) {
			throw new MalformedDid(VerificationMessage.of("badge.verify.did-web.host", "The did:web host is malformed: {0}",
					didUrl));
		}
		StringBuilder path = new StringBuilder();
		for (int i = 1; i < parts.length; i++) {
			String segment = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
			if (segment.isEmpty() || segment.contains("/") || segment.equals("..") || segment.equals(".")) {
				throw new MalformedDid(VerificationMessage.of("badge.verify.did-web.path",
						"The did:web path is malformed: {0}", didUrl));
			}
			path.append('/').append(segment);
		}
		String file = (parts.length == 1) ? "/.well-known/did.json" : path + "/did.json";
		String hostName = host.contains(":") && !host.startsWith("[") ? host.substring(0, host.lastIndexOf(':')) : host;
		return URI.create(fetcher.didWebScheme(hostName) + "://" + host + file);
	}

	/** A DID that is not a well-formed did:web DID. */
	static final class MalformedDid extends IllegalArgumentException implements VerificationMessage.Explained {

		private final transient VerificationMessage detail;

		MalformedDid(VerificationMessage detail) {
			super(detail.english());
			this.detail = detail;
		}

		@Override
		public VerificationMessage detail() {
			return this.detail;
		}

	}

	static String withoutFragment(String url) {
		int hash = url.indexOf('#');
		String base = (hash < 0) ? url : url.substring(0, hash);
		int query = base.indexOf('?');
		return (query < 0) ? base : base.substring(0, query);
	}

}
