package org.microcred.badge.internal;

import org.microcred.platform.PlatformSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets the large-data-set generator ({@code org.microcred.bench}) sign with the app's own issuer keys and issuer
 * profile code, outside a Spring context: the keys are created, decrypted and named exactly as the app does it.
 */
public final class BenchBadgeAccess {

	/** The share of a status list's entries after which the app starts a new list. */
	public static final double STATUS_LIST_FULL = StatusListStore.FULL;

	private BenchBadgeAccess() {
	}

	public static IssuerKeys issuerKeys(JdbcClient jdbc, MasterKey master, PlatformSettings platform) {
		return new IssuerKeys(jdbc, master, platform);
	}

	/** Only {@link IssuerDocuments#profileInCredential} and the DID document work without the other collaborators. */
	public static IssuerDocuments issuerDocuments(IssuerKeys keys, PlatformSettings platform) {
		return new IssuerDocuments(keys, null, null, platform);
	}

}
