package org.microcred.catalog;

import java.util.List;

import org.microcred.platform.PageResult;

/** One page of catalog results with the filter values to offer. */
public record CatalogPage(PageResult<CatalogCard> results, List<Facet> topics, List<Facet> gradeBands,
		List<Facet> subjects, List<Facet> issuers, List<Facet> languages) {
}
