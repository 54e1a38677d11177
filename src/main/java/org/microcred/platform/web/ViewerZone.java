package org.microcred.platform.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The time zone of the person reading a page, for controllers that turn the days they type into moments (filters
 * "issued between"): the zone saved in their profile, else their browser's, else the installation's. The same as
 * {@code #text} dates use on the page.
 */
@Component
public class ViewerZone {

	private final LanguageSettings settings;

	ViewerZone(LanguageSettings settings) {
		this.settings = settings;
	}

	public ZoneId of(HttpServletRequest request) {
		return resolve(request.getAttribute(LocaleConfiguration.ZONE), cookie(request), settings.timeZone());
	}

	static ZoneId resolve(Object saved, String browser, ZoneId installation) {
		if (saved instanceof ZoneId zone) {
			return zone;
		}
		if (browser != null && !browser.isBlank()) {
			try {
				return ZoneId.of(browser.replace('~', '/'));
			}
			catch (DateTimeException ex) {
				// a cookie from an older browser or a hand-made one: the installation's zone is used
			}
		}
		return installation;
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (var cookie : request.getCookies()) {
			if (TextDialect.TIME_ZONE_COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
