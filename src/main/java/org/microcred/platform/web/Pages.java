package org.microcred.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Template helper ({@code ${@pages.with('page', 2)}}): the current page's URL with one query parameter replaced,
 * so pagers keep filters and searches.
 */
@Component("pages")
public class Pages {

	public String with(String parameter, Object value) {
		try {
			return ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam(parameter, value)
				.build(true)
				.toUriString()
				.replaceFirst("^[a-z]+://[^/]+", "");
		}
		catch (IllegalArgumentException ex) {
			// a query string that is not properly encoded: keep only the page
			return "?" + parameter + "=" + value;
		}
	}

}
