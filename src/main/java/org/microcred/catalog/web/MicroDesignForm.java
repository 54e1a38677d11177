package org.microcred.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.Cost;
import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.GradeBand;
import org.microcred.catalog.design.MethodComponent;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.Participation;
import org.microcred.catalog.design.PassingRule;
import org.microcred.catalog.design.PerformanceLevel;
import org.microcred.catalog.design.Reference;
import org.microcred.catalog.design.Resource;

/**
 * The editor's form for a micro-credential design: a mutable bean so that nested rows bind by index
 * ({@code parts[1].criteria[0].descriptors[proficient]}). Rows left empty or marked for removal are dropped.
 */
public class MicroDesignForm {

	public static class Row {

		public String key;

		public String name;

		public String text;

		public String url;

		public String code;

		public String framework;

		public String kind;

		public Integer number;

		public boolean remove;

		public Map<String, String> descriptors = new LinkedHashMap<>();

		// getters and setters let Spring bind rows by property path
		public String getKey() { return key; }
		public void setKey(String v) { key = v; }
		public String getName() { return name; }
		public void setName(String v) { name = v; }
		public String getText() { return text; }
		public void setText(String v) { text = v; }
		public String getUrl() { return url; }
		public void setUrl(String v) { url = v; }
		public String getCode() { return code; }
		public void setCode(String v) { code = v; }
		public String getFramework() { return framework; }
		public void setFramework(String v) { framework = v; }
		public String getKind() { return kind; }
		public void setKind(String v) { kind = v; }
		public Integer getNumber() { return number; }
		public void setNumber(Integer v) { number = v; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean v) { remove = v; }
		public Map<String, String> getDescriptors() { return descriptors; }
		public void setDescriptors(Map<String, String> v) { descriptors = v; }

		boolean blank() {
			return remove || (isBlank(name) && isBlank(text) && isBlank(url) && isBlank(code));
		}

	}

	public static class Part {

		public String key;

		public String title;

		public String instructions;

		public List<EvidenceKind> kinds = new ArrayList<>();

		public boolean required = true;

		public int maxFiles = 3;

		public int maxWords;

		public boolean remove;

		public List<Row> criteria = new ArrayList<>();

		public String getKey() { return key; }
		public void setKey(String v) { key = v; }
		public String getTitle() { return title; }
		public void setTitle(String v) { title = v; }
		public String getInstructions() { return instructions; }
		public void setInstructions(String v) { instructions = v; }
		public List<EvidenceKind> getKinds() { return kinds; }
		public void setKinds(List<EvidenceKind> v) { kinds = v; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean v) { required = v; }
		public int getMaxFiles() { return maxFiles; }
		public void setMaxFiles(int v) { maxFiles = v; }
		public int getMaxWords() { return maxWords; }
		public void setMaxWords(int v) { maxWords = v; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean v) { remove = v; }
		public List<Row> getCriteria() { return criteria; }
		public void setCriteria(List<Row> v) { criteria = v; }

	}

	private int lockVersion;
	private String title, summary, competencyStatement, keyMethod, researchRationale, learningOutcomes, skills,
			assessmentType, qualityAssurance, admissionRequirements, identityVerification, furtherInformation,
			qfEheaCycle, subjects, language = "en", currency, passingLevel;
	private BigDecimal workloadHours, ects, ceus, price;
	private Integer eqfLevel, validityMonths, maxAttempts, turnaroundDays = 14;
	private Participation participation = Participation.ONLINE;
	private List<GradeBand> gradeBands = new ArrayList<>();
	private List<UUID> prerequisites = new ArrayList<>();
	private List<Row> methodComponents = new ArrayList<>(), references = new ArrayList<>(),
			resources = new ArrayList<>(), alignments = new ArrayList<>(), levels = new ArrayList<>();
	private List<Part> parts = new ArrayList<>();

	public static MicroDesignForm of(MicroCredentialDesign d, int lockVersion) {
		MicroDesignForm f = new MicroDesignForm();
		f.lockVersion = lockVersion;
		f.title = d.title();
		f.summary = d.summary();
		f.competencyStatement = d.competencyStatement();
		f.keyMethod = d.keyMethod();
		f.researchRationale = d.researchRationale();
		f.learningOutcomes = String.join("\n", d.learningOutcomes());
		f.skills = String.join(", ", d.skills());
		f.subjects = String.join(", ", d.subjects());
		f.assessmentType = d.assessmentType();
		f.qualityAssurance = d.qualityAssurance();
		f.admissionRequirements = d.admissionRequirements();
		f.identityVerification = d.identityVerification();
		f.furtherInformation = d.furtherInformation();
		f.qfEheaCycle = d.qfEheaCycle();
		f.language = d.language();
		f.workloadHours = d.workloadHours();
		f.ects = d.ects();
		f.ceus = d.ceus();
		f.eqfLevel = d.eqfLevel();
		f.validityMonths = d.validityMonths();
		f.maxAttempts = d.maxAttempts();
		f.turnaroundDays = d.turnaroundDays();
		f.participation = d.participation();
		f.gradeBands = new ArrayList<>(d.gradeBands().stream().sorted().toList());
		f.prerequisites = new ArrayList<>(d.prerequisites());
		f.price = d.cost().free() ? null : d.cost().amount();
		f.currency = d.cost().currency();
		f.passingLevel = d.passingRule() == null ? null : d.passingRule().minimumLevel();
		d.methodComponents().forEach(m -> f.methodComponents.add(row(null, m.name(), m.description(), null)));
		d.references().forEach(r -> f.references.add(row(null, r.citation(), null, r.url())));
		d.resources().forEach(r -> {
			Row row = row(null, r.title(), r.description(), r.url());
			row.kind = r.kind() == null ? null : r.kind().name();
			row.number = r.minutes();
			f.resources.add(row);
		});
		d.alignments().forEach(a -> {
			Row row = row(null, a.targetName(), a.targetDescription(), a.targetUrl());
			row.code = a.targetCode();
			row.framework = a.framework();
			f.alignments.add(row);
		});
		d.levels().forEach(l -> {
			Row row = row(l.key(), l.name(), null, null);
			row.number = l.rank();
			f.levels.add(row);
		});
		d.evidenceParts().forEach(p -> {
			Part part = new Part();
			part.key = p.key();
			part.title = p.title();
			part.instructions = p.instructions();
			part.kinds = new ArrayList<>(p.acceptedKinds().stream().sorted().toList());
			part.required = p.required();
			part.maxFiles = p.maxFiles();
			part.maxWords = p.maxWords();
			p.criteria().forEach(c -> {
				Row row = row(c.key(), c.name(), null, null);
				row.descriptors = new LinkedHashMap<>(c.descriptors());
				part.criteria.add(row);
			});
			f.parts.add(part);
		});
		return f;
	}

	/** The design this form describes (removed and empty rows dropped). */
	public MicroCredentialDesign design() {
		List<PerformanceLevel> scale = new ArrayList<>();
		for (Row l : levels) {
			if (!l.blank()) {
				scale.add(new PerformanceLevel(l.key, l.name, l.number == null ? scale.size() + 1 : l.number));
			}
		}
		List<EvidencePart> evidence = new ArrayList<>();
		for (Part p : parts) {
			if (p.remove || (isBlank(p.title) && isBlank(p.instructions) && p.criteria.stream().allMatch(Row::blank))) {
				continue;
			}
			List<Criterion> criteria = p.criteria.stream()
				.filter(c -> !c.blank())
				.map(c -> new Criterion(c.key, c.name, c.descriptors))
				.toList();
			evidence.add(new EvidencePart(p.key, p.title, p.instructions,
					p.kinds.isEmpty() ? Set.of() : EnumSet.copyOf(p.kinds), p.required, p.maxFiles, p.maxWords, criteria));
		}
		return new MicroCredentialDesign(title, summary, competencyStatement, keyMethod,
				kept(methodComponents).stream().map(r -> new MethodComponent(r.name, r.text)).toList(), researchRationale,
				kept(references).stream().map(r -> new Reference(r.name, blankToNull(r.url))).toList(),
				kept(resources).stream()
					.map(r -> new Resource(r.kind == null ? Resource.ResourceKind.LINK : Resource.ResourceKind.valueOf(r.kind),
							r.name, blankToNull(r.url), r.text, r.number))
					.toList(),
				lines(learningOutcomes), commaList(skills),
				kept(alignments).stream()
					.map(r -> new Alignment(r.framework, r.name, r.code, blankToNull(r.url), r.text))
					.toList(),
				scale, evidence, isBlank(passingLevel) ? null : new PassingRule(passingLevel), workloadHours, ects, ceus,
				eqfLevel, qfEheaCycle, assessmentType, participation, qualityAssurance, admissionRequirements,
				prerequisites, gradeBands.isEmpty() ? Set.of() : EnumSet.copyOf(gradeBands), commaList(subjects),
				language, price == null || price.signum() == 0 ? Cost.FREE : new Cost(price,
						currency == null ? null : currency.strip().toUpperCase()),
				validityMonths, maxAttempts, turnaroundDays, identityVerification, furtherInformation);
	}

	/** Adds an empty row where the editor asked for one ("resource", "criterion:2", …). */
	public void add(String what) {
		switch (what.contains(":") ? what.substring(0, what.indexOf(':')) : what) {
			case "method" -> methodComponents.add(new Row());
			case "reference" -> references.add(new Row());
			case "resource" -> resources.add(new Row());
			case "alignment" -> alignments.add(new Row());
			case "level" -> {
				Row row = new Row();
				row.number = levels.size() + 1;
				levels.add(row);
			}
			case "part" -> {
				Part part = new Part();
				part.criteria.add(new Row());
				parts.add(part);
			}
			case "criterion" -> {
				int index = Integer.parseInt(what.substring(what.indexOf(':') + 1));
				if (index >= 0 && index < parts.size()) {
					parts.get(index).criteria.add(new Row());
				}
			}
			default -> {
			}
		}
	}

	private static Row row(String key, String name, String text, String url) {
		Row row = new Row();
		row.key = key;
		row.name = name;
		row.text = text;
		row.url = url;
		return row;
	}

	private static List<Row> kept(List<Row> rows) {
		return rows.stream().filter(r -> !r.blank()).toList();
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static List<String> commaList(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

	// --- bean properties
	public int getLockVersion() { return lockVersion; }
	public void setLockVersion(int v) { lockVersion = v; }
	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public String getSummary() { return summary; }
	public void setSummary(String v) { summary = v; }
	public String getCompetencyStatement() { return competencyStatement; }
	public void setCompetencyStatement(String v) { competencyStatement = v; }
	public String getKeyMethod() { return keyMethod; }
	public void setKeyMethod(String v) { keyMethod = v; }
	public String getResearchRationale() { return researchRationale; }
	public void setResearchRationale(String v) { researchRationale = v; }
	public String getLearningOutcomes() { return learningOutcomes; }
	public void setLearningOutcomes(String v) { learningOutcomes = v; }
	public String getSkills() { return skills; }
	public void setSkills(String v) { skills = v; }
	public String getAssessmentType() { return assessmentType; }
	public void setAssessmentType(String v) { assessmentType = v; }
	public String getQualityAssurance() { return qualityAssurance; }
	public void setQualityAssurance(String v) { qualityAssurance = v; }
	public String getAdmissionRequirements() { return admissionRequirements; }
	public void setAdmissionRequirements(String v) { admissionRequirements = v; }
	public String getIdentityVerification() { return identityVerification; }
	public void setIdentityVerification(String v) { identityVerification = v; }
	public String getFurtherInformation() { return furtherInformation; }
	public void setFurtherInformation(String v) { furtherInformation = v; }
	public String getQfEheaCycle() { return qfEheaCycle; }
	public void setQfEheaCycle(String v) { qfEheaCycle = v; }
	public String getSubjects() { return subjects; }
	public void setSubjects(String v) { subjects = v; }
	public String getLanguage() { return language; }
	public void setLanguage(String v) { language = v; }
	public String getCurrency() { return currency; }
	public void setCurrency(String v) { currency = v; }
	public String getPassingLevel() { return passingLevel; }
	public void setPassingLevel(String v) { passingLevel = v; }
	public BigDecimal getWorkloadHours() { return workloadHours; }
	public void setWorkloadHours(BigDecimal v) { workloadHours = v; }
	public BigDecimal getEcts() { return ects; }
	public void setEcts(BigDecimal v) { ects = v; }
	public BigDecimal getCeus() { return ceus; }
	public void setCeus(BigDecimal v) { ceus = v; }
	public BigDecimal getPrice() { return price; }
	public void setPrice(BigDecimal v) { price = v; }
	public Integer getEqfLevel() { return eqfLevel; }
	public void setEqfLevel(Integer v) { eqfLevel = v; }
	public Integer getValidityMonths() { return validityMonths; }
	public void setValidityMonths(Integer v) { validityMonths = v; }
	public Integer getMaxAttempts() { return maxAttempts; }
	public void setMaxAttempts(Integer v) { maxAttempts = v; }
	public Integer getTurnaroundDays() { return turnaroundDays; }
	public void setTurnaroundDays(Integer v) { turnaroundDays = v; }
	public Participation getParticipation() { return participation; }
	public void setParticipation(Participation v) { participation = v; }
	public List<GradeBand> getGradeBands() { return gradeBands; }
	public void setGradeBands(List<GradeBand> v) { gradeBands = v; }
	public List<UUID> getPrerequisites() { return prerequisites; }
	public void setPrerequisites(List<UUID> v) { prerequisites = v; }
	public List<Row> getMethodComponents() { return methodComponents; }
	public void setMethodComponents(List<Row> v) { methodComponents = v; }
	public List<Row> getReferences() { return references; }
	public void setReferences(List<Row> v) { references = v; }
	public List<Row> getResources() { return resources; }
	public void setResources(List<Row> v) { resources = v; }
	public List<Row> getAlignments() { return alignments; }
	public void setAlignments(List<Row> v) { alignments = v; }
	public List<Row> getLevels() { return levels; }
	public void setLevels(List<Row> v) { levels = v; }
	public List<Part> getParts() { return parts; }
	public void setParts(List<Part> v) { parts = v; }

}
