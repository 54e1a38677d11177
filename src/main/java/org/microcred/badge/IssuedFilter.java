package org.microcred.badge;

import java.time.LocalDate;
import java.util.Locale;

import org.microcred.catalog.CredentialId;

/**
 * What an issuer narrows its issued-badges list to; every part is optional.
 *
 * @param query part of the earner's name or e-mail address, or of the credential's title (any letter case)
 * @param standing valid, expired, suspended or revoked; blank for all
 * @param credential one credential of the issuer
 * @param from issued on or after this day
 * @param to issued on or before this day
 */
public record IssuedFilter(String query, String standing, CredentialId credential, LocalDate from, LocalDate to) {

	public IssuedFilter {
		query = query == null ? "" : query.strip();
		standing = standing == null ? "" : standing.strip().toLowerCase(Locale.ROOT);
	}

	public static IssuedFilter none() {
		return new IssuedFilter("", "", null, null, null);
	}

}
