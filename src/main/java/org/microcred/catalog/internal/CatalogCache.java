package org.microcred.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.microcred.catalog.CredentialPublished;
import org.microcred.catalog.CredentialRetired;
import org.microcred.catalog.Facet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the public catalog shows everyone alike, kept briefly: the filter values with their counts (five scans of
 * the published catalog, the same for every query) and the pages anonymous visitors asked for (a whole district
 * opening the catalog on one PD day asks the same few). Entries live at most {@link #TTL} and are all dropped as
 * soon as a publication or retirement commits, so a newly published entry shows at once; only a renamed issuer
 * may wait for the TTL.
 */
@Component
public class CatalogCache {

	static final Duration TTL = Duration.ofSeconds(60);

	static final int MAX_PAGES = 500;

	/** Counts of each filter value across all published versions. */
	public record Counts(List<Facet> skills, List<Facet> gradeBands, List<Facet> subjects, List<Facet> issuers,
			List<Facet> languages) {
	}

	private record Entry(Object value, Instant until) {
	}

	private final CatalogSearch search;

	private final Clock clock = Clock.systemUTC();

	/** Bumped by every invalidation: a value computed before one must not be kept. */
	private long generation;

	private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
			return size() > MAX_PAGES + 1;
		}
	};

	CatalogCache(CatalogSearch search) {
		this.search = search;
	}

	public Counts facets() {
		return get(Counts.class, () -> new Counts(search.arrayFacet("skills", Integer.MAX_VALUE) /* every topic: the filter searches them all */, search.arrayFacet("grade_bands", 10),
				search.arrayFacet("subjects", 20), search.issuerFacet(), search.languageFacet()));
	}

	/** The value for this key (a record of everything the value depends on), computed when absent or old. */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> compute) {
		long started;
		Instant now = clock.instant();
		synchronized (this) {
			Entry entry = entries.get(key);
			if (entry != null && now.isBefore(entry.until())) {
				return (T) entry.value();
			}
			started = generation;
		}
		T value = compute.get();
		synchronized (this) {
			if (generation == started) {
				entries.put(key, new Entry(value, now.plus(TTL)));
			}
		}
		return value;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialPublished event) {
		invalidate();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialRetired event) {
		invalidate();
	}

	private synchronized void invalidate() {
		generation++;
		entries.clear();
	}

}
