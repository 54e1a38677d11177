package org.microcred.platform.web;

import java.io.IOException;
import java.util.List;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Rewrites links to static files to their content-hashed URLs, and only those. Spring's own filter sends every
 * link a template writes ({@code /credentials/...}, {@code /catalog/...}) through the resource chain, which looks
 * each one up in the jar and, finding nothing, caches nothing: on the badge page that was 40% of the CPU of a
 * request (JFR, see docs/benchmarks.md). Being a {@link ResourceUrlEncodingFilter} it replaces Spring Boot's.
 */
class StaticUrlEncodingFilter extends ResourceUrlEncodingFilter {

	/** Where the versioned static files live (spring.web.resources.chain.strategy.content.paths). */
	static final List<String> VERSIONED = List.of("/css/", "/js/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new StaticUrls(http, httpResponse));
			return;
		}
		chain.doFilter(request, response);
	}

	private static final class StaticUrls extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		StaticUrls(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			String path = url.startsWith(request.getContextPath()) ? url.substring(request.getContextPath().length()) : url;
			if (VERSIONED.stream().anyMatch(path::startsWith)) {
				ResourceUrlProvider provider = (ResourceUrlProvider) request
					.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
				String versioned = provider == null ? null : provider.getForRequestUrl(request, url);
				if (versioned != null) {
					return super.encodeURL(versioned);
				}
			}
			return super.encodeURL(url);
		}

	}

}
