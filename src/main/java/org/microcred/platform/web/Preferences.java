package org.microcred.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** For controllers that change a person's saved language or time zone: the page follows at once. */
public final class Preferences {

	private Preferences() {
	}

	/** Forgets the choices kept for this session, so the next page reads the saved ones. */
	public static void changed(HttpServletRequest request) {
		LocaleConfiguration.forget(request);
	}

}
