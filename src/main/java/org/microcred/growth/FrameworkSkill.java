package org.microcred.growth;

import java.util.Locale;

/** A skill of the platform's teaching framework, named in English and Spanish. */
public record FrameworkSkill(String code, String domainCode, String nameEn, String nameEs, String descriptionEn,
		String descriptionEs) {

	public String name(Locale locale) {
		return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
	}

	public String description(Locale locale) {
		return "es".equals(locale.getLanguage()) ? descriptionEs : descriptionEn;
	}

}
