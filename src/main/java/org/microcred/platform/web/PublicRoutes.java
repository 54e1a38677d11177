package org.microcred.platform.web;

import java.util.List;

/**
 * URL patterns a module serves to everyone, logged in or not. Each module declares its own as a bean; the
 * security configuration collects them, so no central list has to know every module's pages.
 */
public record PublicRoutes(List<String> patterns) {

	public PublicRoutes(String... patterns) {
		this(List.of(patterns));
	}

}
