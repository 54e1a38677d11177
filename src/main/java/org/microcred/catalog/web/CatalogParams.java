package org.microcred.catalog.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.microcred.catalog.CatalogQuery;
import org.microcred.catalog.CredentialKind;
import org.microcred.catalog.design.GradeBand;

/**
 * Catalog filters as they arrive in a URL. Parsed leniently: a value that makes no sense is ignored rather than
 * turned into an error page, so a hand-edited or old link still shows a catalog.
 */
record CatalogParams(String q, String topic, String grade, String subject, String minHours, String maxHours,
		String issuer, String cost, String language, String kind, String approved, String notEarned, String sort) {

	CatalogQuery query() {
		return new CatalogQuery(trim(q, 200), trim(topic, 60), parse(() -> GradeBand.valueOf(grade)), trim(subject, 60),
				parse(() -> new BigDecimal(minHours)), parse(() -> new BigDecimal(maxHours)),
				parse(() -> UUID.fromString(issuer)), cost, trim(language, 8), parse(() -> CredentialKind.valueOf(kind)),
				"true".equals(approved), "true".equals(notEarned), sort);
	}

	/** How many filters besides the search words are set: the closed filter drawer on phones says so. */
	public long activeFilters() {
		return java.util.stream.Stream.of(topic, grade, subject, minHours, maxHours, issuer, cost, language, kind, approved,
				notEarned).filter(v -> v != null && !v.isBlank()).count();
	}

	private static String trim(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

	private static <T> T parse(java.util.function.Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
