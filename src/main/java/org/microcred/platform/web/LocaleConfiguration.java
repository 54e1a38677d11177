package org.microcred.platform.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The language of every page: the one chosen with the switcher on this device (a cookie), else the one saved in
 * the person's profile, else the browser's preference ({@code Accept-Language}) when it is offered, else the
 * default. No session is needed, so anonymous visitors cost none.
 */
@Configuration
@EnableConfigurationProperties(LanguageSettings.class)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "microcred-lang";

	static final String PARAMETER = "lang";

	/** The signed-in person's saved choices, kept in their session (which they have anyway) to save a query. */
	static final String SAVED = "microcred.viewer-preferences";

	/** The time zone of the page's reader when they saved one, for {@link TextDialect}. */
	static final String ZONE = "microcred.zone";

	private final LanguageSettings settings;

	private final ObjectProvider<ViewerPreferences> preferences;

	LocaleConfiguration(LanguageSettings settings, ObjectProvider<ViewerPreferences> preferences) {
		this.settings = settings;
		this.preferences = preferences;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(this::fromBrowser);
		return resolver;
	}

	private Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			for (Locale wanted : Collections.list(request.getLocales())) {
				Optional<Locale> offered = settings.supported(wanted);
				if (offered.isPresent()) {
					return offered.get();
				}
			}
		}
		return settings.defaultLanguage();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(localeResolver()));
	}

	/**
	 * {@code ?lang=es} on any page switches the language (remembered in the profile of a signed-in person); a
	 * signed-in person arriving on a device without a choice gets the language of their profile.
	 */
	private final class LanguageSwitch implements HandlerInterceptor {

		private final LocaleResolver resolver;

		LanguageSwitch(LocaleResolver resolver) {
			this.resolver = resolver;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String wanted = request.getParameter(PARAMETER);
			String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
			ViewerPreferences.Saved saved = user == null ? null : saved(request, user);
			if (wanted != null) {
				Optional<Locale> chosen = settings.supported(Locale.forLanguageTag(wanted));
				chosen.ifPresent(locale -> {
					resolver.setLocale(request, response, locale);
					if (user != null) {
						preferences.ifAvailable(p -> p.rememberLanguage(user, locale));
						forget(request);
					}
				});
			}
			else if (saved != null && saved.language() != null && !hasCookie(request)) {
				settings.supported(saved.language()).ifPresent(l -> resolver.setLocale(request, response, l));
			}
			if (saved != null && saved.zone() != null) {
				request.setAttribute(ZONE, saved.zone());
			}
			return true;
		}

		private ViewerPreferences.Saved saved(HttpServletRequest request, String user) {
			HttpSession session = request.getSession(false);
			Object kept = session == null ? null : session.getAttribute(SAVED);
			if (kept instanceof ViewerPreferences.Saved known) {
				return known;
			}
			ViewerPreferences source = preferences.getIfAvailable();
			ViewerPreferences.Saved loaded = source == null ? null
					: source.of(user).orElse(new ViewerPreferences.Saved(null, null));
			if (session != null && loaded != null) {
				session.setAttribute(SAVED, loaded);
			}
			return loaded;
		}

		private static boolean hasCookie(HttpServletRequest request) {
			return request.getCookies() != null
					&& List.of(request.getCookies()).stream().anyMatch(c -> COOKIE.equals(c.getName()));
		}

	}


	/** Drops the saved choices kept in the session, after the person changed them. */
	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SAVED);
		}
	}

}
