package org.microcred.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import org.microcred.catalog.design.GradeBand;

/**
 * A catalog search: free text plus facet filters; every part is optional.
 *
 * @param cost "free" or "paid"
 * @param sort "relevance" (default with text), "title" (default without), "workload" or "newest"
 * @param approvedOnly only credentials the viewer's district approved (needs a logged-in viewer)
 * @param notEarnedOnly only credentials the viewer has not earned (needs a logged-in viewer)
 */
public record CatalogQuery(String q, String topic, GradeBand gradeBand, String subject, BigDecimal minHours,
		BigDecimal maxHours, UUID issuer, String cost, String language, CredentialKind kind, boolean approvedOnly,
		boolean notEarnedOnly, String sort) {

	public static CatalogQuery text(String q) {
		return new CatalogQuery(q, null, null, null, null, null, null, null, null, null, false, false, null);
	}

	public String text() {
		return q == null ? "" : q.strip();
	}

}
