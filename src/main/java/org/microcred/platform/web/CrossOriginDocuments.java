package org.microcred.platform.web;

import java.util.List;

/**
 * URL patterns of public documents that browser-based verifiers and wallets on any origin may read (GET and HEAD,
 * without cookies): DID documents, status lists, credentials, achievements. Each module declares its own as a bean.
 */
public record CrossOriginDocuments(List<String> patterns) {

	public CrossOriginDocuments(String... patterns) {
		this(List.of(patterns));
	}

}
