package org.microcred.growth;

import java.util.List;
import java.util.Locale;

/** A domain of the teaching framework (planning, learning environment…) and its skills, in order. */
public record SkillDomain(String code, String nameEn, String nameEs, List<FrameworkSkill> skills) {

	public SkillDomain {
		skills = List.copyOf(skills);
	}

	public String name(Locale locale) {
		return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
	}

}
