package org.microcred.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any origin read the {@link CrossOriginDocuments} the modules declare: {@code Access-Control-Allow-Origin: *},
 * GET and HEAD only, never with credentials (so no cookie or session ever travels cross-origin), and preflights
 * cached for a day.
 */
@Configuration
class CrossOriginReads implements WebMvcConfigurer {

	private final List<CrossOriginDocuments> documents;

	CrossOriginReads(List<CrossOriginDocuments> documents) {
		this.documents = documents;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		documents.stream().flatMap(d -> d.patterns().stream()).distinct().forEach(pattern -> registry.addMapping(pattern)
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowedHeaders("Accept", "If-None-Match", "If-Modified-Since")
			.exposedHeaders("ETag")
			.allowCredentials(false)
			.maxAge(86_400));
	}

}
