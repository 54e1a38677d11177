package org.microcred.growth.internal;

import java.util.Map;

/** The framework's names in the reader's language, for reasons. */
public record FrameworkNames(Map<String, String> skillNames, Map<String, String> skillDomains,
		Map<String, String> domainNames) {

	public String skill(String code) {
		return skillNames.getOrDefault(code, code);
	}

	public String domainOf(String skillCode) {
		return skillDomains.get(skillCode);
	}

	public String domain(String code) {
		return domainNames.getOrDefault(code, code);
	}

}
