package org.microcred.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes the {@link CacheablePages} cacheable for anonymous visitors: {@code Cache-Control: public} with the page's
 * max-age, {@code Vary: Accept, Cookie} (the same URL answers JSON to machines, and a logged-in viewer may see
 * more), and an ETag of the body, so a revalidation costs a 304 instead of the page. Logged-in viewers keep Spring
 * Security's {@code no-store}. Runs after the security filters, which tell who is asking.
 */
class PublicPageCaching extends ShallowEtagHeaderFilter {

	private final List<CacheablePages> pages;

	private final AntPathMatcher matcher = new AntPathMatcher();

	PublicPageCaching(List<CacheablePages> pages) {
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || !anonymous()
				|| policy(request).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CacheablePages policy = policy(request).orElseThrow();
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				"public, max-age=" + policy.maxAge().toSeconds() + (policy.maxAge().isZero() ? ", must-revalidate" : ""));
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		super.doFilterInternal(request, response, chain);
	}

	private Optional<CacheablePages> policy(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return pages.stream().filter(p -> p.patterns().stream().anyMatch(pattern -> matcher.match(pattern, path))).findFirst();
	}

	private static boolean anonymous() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
	}

}
