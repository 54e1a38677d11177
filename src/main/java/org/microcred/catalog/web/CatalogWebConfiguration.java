package org.microcred.catalog.web;

import org.microcred.platform.web.CacheablePages;
import org.microcred.platform.web.CrossOriginDocuments;
import org.microcred.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CatalogWebConfiguration {

	@Bean
	PublicRoutes catalogPublicRoutes() {
		return new PublicRoutes("/catalog", "/catalog/**", "/achievements/**", "/api/v1/catalog", "/api/v1/catalog/**");
	}

	/** The same for every anonymous visitor; always revalidated (by ETag), so a newly published entry shows at once. */
	@Bean
	CacheablePages catalogCacheablePages() {
		return new CacheablePages(java.time.Duration.ZERO, "/catalog", "/catalog/*", "/api/v1/catalog", "/api/v1/catalog/*");
	}

	/** Achievements (and their images) are read by verifiers and wallets from any origin. */
	@Bean
	CrossOriginDocuments catalogCrossOriginDocuments() {
		return new CrossOriginDocuments("/achievements/*", "/achievements/*/image");
	}

}
