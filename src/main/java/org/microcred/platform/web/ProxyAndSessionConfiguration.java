package org.microcred.platform.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The web shell's front door: which proxies are believed, how sessions are written to PostgreSQL, and which
 * links are rewritten to versioned static URLs, and which public pages may be cached.
 */
@Configuration
class ProxyAndSessionConfiguration {

	/** First of all filters, so nothing reads a forwarded header before it is checked. */
	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(ProxySettings settings) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(settings.ranges()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	/** Replaces Spring Boot's filter of the same type (same dispatcher types), rewriting static links only. */
	@Bean
	FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter> staticUrlEncodingFilter() {
		FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter> registration =
				new FilterRegistrationBean<>(new StaticUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** After Spring Security's filters (order -100), which tell an anonymous visitor from a logged-in one. */
	@Bean
	FilterRegistrationBean<PublicPageCaching> publicPageCaching(java.util.List<CacheablePages> pages) {
		FilterRegistrationBean<PublicPageCaching> registration = new FilterRegistrationBean<>(new PublicPageCaching(pages));
		registration.setOrder(0);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Session attributes are written with an upsert. Two requests of one session at once (a double click) both see
	 * an attribute as new, e.g. the flash message of a form, and both insert it: without the upsert the second
	 * insert broke the unique key and that request answered 500.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
