package org.microcred.catalog.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.StackDesign;

/** The editor's form for a stack design. */
public class StackDesignForm {

	private int lockVersion;
	private String title, summary, description, learningOutcomes, qualityAssurance, language = "en";
	private Integer eqfLevel;
	private int minimumComponents;
	private List<UUID> components = new ArrayList<>();
	private List<UUID> requiredComponents = new ArrayList<>();
	private List<MicroDesignForm.Row> alignments = new ArrayList<>();

	public static StackDesignForm of(StackDesign s, int lockVersion) {
		StackDesignForm f = new StackDesignForm();
		f.lockVersion = lockVersion;
		f.title = s.title();
		f.summary = s.summary();
		f.description = s.description();
		f.learningOutcomes = String.join("\n", s.learningOutcomes());
		f.qualityAssurance = s.qualityAssurance();
		f.language = s.language();
		f.eqfLevel = s.eqfLevel();
		f.minimumComponents = s.minimumComponents();
		f.components = new ArrayList<>(s.components());
		f.requiredComponents = new ArrayList<>(s.requiredComponents());
		s.alignments().forEach(a -> {
			MicroDesignForm.Row row = new MicroDesignForm.Row();
			row.name = a.targetName();
			row.url = a.targetUrl();
			row.text = a.targetDescription();
			row.code = a.targetCode();
			row.framework = a.framework();
			f.alignments.add(row);
		});
		return f;
	}

	public StackDesign design() {
		List<Alignment> kept = alignments.stream()
			.filter(r -> !r.blank())
			.map(r -> new Alignment(r.framework, r.name, r.code, MicroDesignForm.isBlank(r.url) ? null : r.url.strip(), r.text))
			.toList();
		return new StackDesign(title, summary, description, MicroDesignForm.lines(learningOutcomes), components,
				new HashSet<>(requiredComponents), minimumComponents, qualityAssurance, eqfLevel, kept, language);
	}

	public void addAlignment() {
		alignments.add(new MicroDesignForm.Row());
	}

	public int getLockVersion() { return lockVersion; }
	public void setLockVersion(int v) { lockVersion = v; }
	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public String getSummary() { return summary; }
	public void setSummary(String v) { summary = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v; }
	public String getLearningOutcomes() { return learningOutcomes; }
	public void setLearningOutcomes(String v) { learningOutcomes = v; }
	public String getQualityAssurance() { return qualityAssurance; }
	public void setQualityAssurance(String v) { qualityAssurance = v; }
	public String getLanguage() { return language; }
	public void setLanguage(String v) { language = v; }
	public Integer getEqfLevel() { return eqfLevel; }
	public void setEqfLevel(Integer v) { eqfLevel = v; }
	public int getMinimumComponents() { return minimumComponents; }
	public void setMinimumComponents(int v) { minimumComponents = v; }
	public List<UUID> getComponents() { return components; }
	public void setComponents(List<UUID> v) { components = v; }
	public List<UUID> getRequiredComponents() { return requiredComponents; }
	public void setRequiredComponents(List<UUID> v) { requiredComponents = v; }
	public List<MicroDesignForm.Row> getAlignments() { return alignments; }
	public void setAlignments(List<MicroDesignForm.Row> v) { alignments = v; }

}
