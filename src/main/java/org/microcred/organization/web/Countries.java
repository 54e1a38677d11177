package org.microcred.organization.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Country choices for forms, by English name. */
final class Countries {

	record Country(String code, String name) {
	}

	static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
		.map(code -> new Country(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH)))
		.sorted(Comparator.comparing(Country::name))
		.toList();

	private Countries() {
	}

}
