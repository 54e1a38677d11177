package org.microcred.catalog.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.DesignTranslation;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.PerformanceLevel;

/**
 * The translation editor's fields. Rubric texts are keyed like the design: level key, part key, "part/criterion"
 * and "part/criterion/level" for descriptors; resources by position.
 */
public class TranslationForm {

	private String title;

	private String summary;

	private String competencyStatement;

	private Map<String, String> levels = new HashMap<>();

	private Map<String, String> partTitles = new HashMap<>();

	private Map<String, String> partInstructions = new HashMap<>();

	private Map<String, String> criterionNames = new HashMap<>();

	private Map<String, String> descriptors = new HashMap<>();

	private List<String> resourceTitles = new ArrayList<>();

	private List<String> resourceDescriptions = new ArrayList<>();

	/** The form of an existing translation, or an empty one. */
	static TranslationForm of(DesignTranslation t) {
		TranslationForm f = new TranslationForm();
		if (t == null) {
			return f;
		}
		f.title = t.title();
		f.summary = t.summary();
		f.competencyStatement = t.competencyStatement();
		f.levels.putAll(t.levels());
		t.parts().forEach((k, p) -> {
			f.partTitles.put(k, p.title());
			f.partInstructions.put(k, p.instructions());
		});
		t.criteria().forEach((k, c) -> {
			f.criterionNames.put(k, c.name());
			c.descriptors().forEach((level, text) -> f.descriptors.put(k + "/" + level, text));
		});
		t.resources().forEach(r -> {
			f.resourceTitles.add(r.title());
			f.resourceDescriptions.add(r.description());
		});
		return f;
	}

	DesignTranslation translation(String language, MicroCredentialDesign design) {
		Map<String, String> levelNames = new HashMap<>();
		for (PerformanceLevel l : design.levels()) {
			putIf(levelNames, l.key(), levels.get(l.key()));
		}
		Map<String, DesignTranslation.PartText> parts = new HashMap<>();
		Map<String, DesignTranslation.CriterionText> criteria = new HashMap<>();
		for (EvidencePart p : design.evidenceParts()) {
			parts.put(p.key(), new DesignTranslation.PartText(partTitles.get(p.key()), partInstructions.get(p.key())));
			for (Criterion c : p.criteria()) {
				String key = p.key() + "/" + c.key();
				Map<String, String> texts = new HashMap<>();
				for (PerformanceLevel l : design.levels()) {
					putIf(texts, l.key(), descriptors.get(key + "/" + l.key()));
				}
				criteria.put(key, new DesignTranslation.CriterionText(criterionNames.get(key), texts));
			}
		}
		List<DesignTranslation.ResourceText> resources = new ArrayList<>();
		for (int i = 0; i < design.resources().size(); i++) {
			resources.add(new DesignTranslation.ResourceText(at(resourceTitles, i), at(resourceDescriptions, i)));
		}
		return new DesignTranslation(language, title, summary, competencyStatement, levelNames, parts, criteria,
				resources);
	}

	private static void putIf(Map<String, String> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	private static String at(List<String> list, int i) {
		return i < list.size() ? list.get(i) : null;
	}

	// @formatter:off
	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public String getSummary() { return summary; }
	public void setSummary(String v) { summary = v; }
	public String getCompetencyStatement() { return competencyStatement; }
	public void setCompetencyStatement(String v) { competencyStatement = v; }
	public Map<String, String> getLevels() { return levels; }
	public void setLevels(Map<String, String> v) { levels = v; }
	public Map<String, String> getPartTitles() { return partTitles; }
	public void setPartTitles(Map<String, String> v) { partTitles = v; }
	public Map<String, String> getPartInstructions() { return partInstructions; }
	public void setPartInstructions(Map<String, String> v) { partInstructions = v; }
	public Map<String, String> getCriterionNames() { return criterionNames; }
	public void setCriterionNames(Map<String, String> v) { criterionNames = v; }
	public Map<String, String> getDescriptors() { return descriptors; }
	public void setDescriptors(Map<String, String> v) { descriptors = v; }
	public List<String> getResourceTitles() { return resourceTitles; }
	public void setResourceTitles(List<String> v) { resourceTitles = v; }
	public List<String> getResourceDescriptions() { return resourceDescriptions; }
	public void setResourceDescriptions(List<String> v) { resourceDescriptions = v; }
	// @formatter:on

}
