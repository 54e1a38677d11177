package org.microcred.platform.web;

import java.time.Duration;
import java.util.List;

/**
 * Pages a module serves alike to every anonymous visitor, which browsers and shared caches may therefore keep for
 * {@code maxAge} and then revalidate by ETag (see {@link PublicPageCaching}). Each module declares its own as a bean.
 *
 * @param maxAge how long a copy may be shown without asking again (zero: always revalidate)
 * @param patterns Ant-style URL patterns, e.g. {@code /credentials/*}
 */
public record CacheablePages(Duration maxAge, List<String> patterns) {

	public CacheablePages(Duration maxAge, String... patterns) {
		this(maxAge, List.of(patterns));
	}

}
