package org.microcred.catalog.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;

/** Template helper: titles of published credentials by id, for prerequisites and stack components. */
record TitleLookup(Map<UUID, String> titles) {

	static TitleLookup of(CatalogService catalog) {
		return new TitleLookup(catalog.publishedAll()
			.stream()
			.collect(Collectors.toMap(v -> v.credentialId().value(), DesignVersion::title, (a, b) -> a)));
	}

	/** The title, or null for a credential that is not published (the page says so in its language). */
	public String title(UUID id) {
		return titles.get(id);
	}

}
