package org.microcred.organization.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Country choices for forms, named and sorted in the reader's language. */
final class Countries {

	record Country(String code, String name) {
	}

	private static final Map<Locale, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

	private Countries() {
	}

	static List<Country> in(Locale language) {
		return BY_LANGUAGE.computeIfAbsent(language, l -> Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(l)))
			.sorted(Comparator.comparing(Country::name, Collator.getInstance(l)))
			.toList());
	}

}
