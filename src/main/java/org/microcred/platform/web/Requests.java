package org.microcred.platform.web;

import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How to answer a request: with a page, or with JSON (problem details for errors).
 */
public final class Requests {

	private Requests() {
	}

	/** JSON for the API, and for clients that ask for JSON rather than HTML. */
	public static boolean wantsJson(HttpServletRequest request) {
		String uri = request.getRequestURI();
		Object original = request.getAttribute("jakarta.servlet.error.request_uri");
		if (original instanceof String s) {
			uri = s;
		}
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
					return false;
				}
				if (type.getSubtype().endsWith("json")) {
					return true;
				}
			}
		}
		catch (RuntimeException ex) {
			return false;
		}
		return false;
	}

	/** A request made by htmx for a fragment of a page. */
	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
