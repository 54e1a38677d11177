package org.microcred.catalog.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of a micro-credential design in another language than its primary one: title, summary, criteria
 * (the competency statement), the rubric (level names, evidence parts, criterion names and descriptors) and the
 * resources. Anything left blank falls back to the primary language; everything else (keys, rules, numbers) is
 * the design's own.
 *
 * @param language a BCP 47 language tag, e.g. {@code es} or {@code es-MX}
 * @param levels level key → level name
 * @param parts evidence part key → its title and instructions
 * @param criteria "part/criterion" key → its name and descriptors
 * @param resources by position in the design's resources
 */
public record DesignTranslation(String language, String title, String summary, String competencyStatement,
		Map<String, String> levels, Map<String, PartText> parts, Map<String, CriterionText> criteria,
		List<ResourceText> resources) {

	public DesignTranslation {
		levels = levels == null ? Map.of() : Map.copyOf(levels);
		parts = parts == null ? Map.of() : Map.copyOf(parts);
		criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
		resources = resources == null ? List.of() : List.copyOf(resources);
	}

	public record PartText(String title, String instructions) {
	}

	public record CriterionText(String name, Map<String, String> descriptors) {

		public CriterionText {
			descriptors = descriptors == null ? Map.of() : Map.copyOf(descriptors);
		}

	}

	public record ResourceText(String title, String description) {
	}

	/** The design as readers of this language see it: translated texts where given, the primary ones elsewhere. */
	public MicroCredentialDesign applyTo(MicroCredentialDesign d) {
		List<PerformanceLevel> newLevels = d.levels()
			.stream()
			.map(l -> new PerformanceLevel(l.key(), or(levels.get(l.key()), l.name()), l.rank()))
			.toList();
		List<EvidencePart> newParts = d.evidenceParts().stream().map(this::part).toList();
		List<Resource> newResources = new ArrayList<>();
		for (int i = 0; i < d.resources().size(); i++) {
			Resource r = d.resources().get(i);
			ResourceText t = i < resources.size() ? resources.get(i) : null;
			newResources.add(t == null ? r
					: new Resource(r.kind(), or(t.title(), r.title()), r.url(), or(t.description(), r.description()),
							r.minutes()));
		}
		return d.withTexts(language, or(title, d.title()), or(summary, d.summary()),
				or(competencyStatement, d.competencyStatement()), newResources, newLevels, newParts);
	}

	private EvidencePart part(EvidencePart p) {
		PartText text = parts.get(p.key());
		List<Criterion> newCriteria = p.criteria().stream().map(c -> {
			CriterionText ct = criteria.get(p.key() + "/" + c.key());
			if (ct == null) {
				return c;
			}
			Map<String, String> descriptors = new LinkedHashMap<>(c.descriptors());
			ct.descriptors().forEach((level, value) -> {
				if (value != null && !value.isBlank()) {
					descriptors.put(level, value);
				}
			});
			return new Criterion(c.key(), or(ct.name(), c.name()), descriptors);
		}).toList();
		return new EvidencePart(p.key(), text == null ? p.title() : or(text.title(), p.title()),
				text == null ? p.instructions() : or(text.instructions(), p.instructions()), p.acceptedKinds(),
				p.required(), p.maxFiles(), p.maxWords(), newCriteria);
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

}
