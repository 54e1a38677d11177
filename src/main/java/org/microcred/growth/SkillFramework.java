package org.microcred.growth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.microcred.growth.internal.GrowthStore;
import org.springframework.stereotype.Service;

/**
 * The platform-wide framework of teaching skills, in five domains, and how the catalog's skills and topics map to
 * it. The framework is reference data seeded by a migration; it is read once and kept.
 */
@Service
public class SkillFramework {

	private final GrowthStore store;

	private volatile List<SkillDomain> domains;

	private volatile Map<String, Set<String>> mappings;

	SkillFramework(GrowthStore store) {
		this.store = store;
	}

	public List<SkillDomain> domains() {
		if (domains == null) {
			domains = store.framework();
		}
		return domains;
	}

	public Optional<FrameworkSkill> skill(String code) {
		return domains().stream().flatMap(d -> d.skills().stream()).filter(s -> s.code().equals(code)).findFirst();
	}

	public Optional<SkillDomain> domain(String code) {
		return domains().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/** The framework skills a credential's catalog skills and topics map to (words nobody mapped are left out). */
	public Set<String> map(List<String> catalogSkills) {
		if (mappings == null) {
			mappings = store.mappings();
		}
		Set<String> codes = new TreeSet<>();
		for (String skill : catalogSkills) {
			codes.addAll(mappings.getOrDefault(skill.strip().toLowerCase(Locale.ROOT), Set.of()));
		}
		return codes;
	}

}
