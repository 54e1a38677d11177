package org.microcred.catalog.design;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a micro-credential design says: its competency and method (Digital Promise style), its evidence and
 * rubric, and the elements the EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I) and the UK
 * QAA characteristics expect. It becomes the Open Badges 3.0 {@code Achievement}.
 *
 * @param summary one or two sentences for catalog cards
 * @param levels the rubric scale shared by every evidence part, lowest first
 * @param workloadHours notional workload; counts as PD hours
 * @param eqfLevel European Qualifications Framework level 1–8, when applicable
 * @param qfEheaCycle QF-EHEA cycle ("short", "first", "second", "third"), when applicable
 * @param prerequisites other credentials a teacher must have earned first
 * @param language ISO 639-1 code
 * @param validityMonths months a credential stays valid; null when it never expires
 * @param maxAttempts attempts after which the teacher is offered coaching; null for unlimited
 * @param turnaroundDays target days from submission to decision
 */
public record MicroCredentialDesign(String title, String summary, String competencyStatement, String keyMethod,
		List<MethodComponent> methodComponents, String researchRationale, List<Reference> references,
		List<Resource> resources, List<String> learningOutcomes, List<String> skills, List<Alignment> alignments,
		List<PerformanceLevel> levels, List<EvidencePart> evidenceParts, PassingRule passingRule,
		BigDecimal workloadHours, BigDecimal ects, BigDecimal ceus, Integer eqfLevel, String qfEheaCycle,
		String assessmentType, Participation participation, String qualityAssurance, String admissionRequirements,
		List<UUID> prerequisites, Set<GradeBand> gradeBands, List<String> subjects, String language, Cost cost,
		Integer validityMonths, Integer maxAttempts, Integer turnaroundDays, String identityVerification,
		String furtherInformation) {

	public MicroCredentialDesign {
		methodComponents = copy(methodComponents);
		references = copy(references);
		resources = copy(resources);
		learningOutcomes = copy(learningOutcomes);
		skills = copy(skills);
		alignments = copy(alignments);
		levels = copy(levels);
		evidenceParts = copy(evidenceParts);
		prerequisites = copy(prerequisites);
		gradeBands = gradeBands == null ? Set.of() : Set.copyOf(gradeBands);
		subjects = copy(subjects);
		cost = cost == null ? Cost.FREE : cost;
		turnaroundDays = turnaroundDays == null ? 14 : turnaroundDays;
	}

	/** A blank design with a sensible default rubric scale, for "new micro-credential". */
	public static MicroCredentialDesign blank(String title) {
		return new MicroCredentialDesign(title, null, null, null, null, null, null, null, null, null, null,
				List.of(new PerformanceLevel("not-yet", "Not yet", 1), new PerformanceLevel("developing", "Developing", 2),
						new PerformanceLevel("proficient", "Proficient", 3),
						new PerformanceLevel("exemplary", "Exemplary", 4)),
				null, new PassingRule("proficient"), null, null, null, null, null, null, Participation.ONLINE, null,
				null, null, null, null, "en", Cost.FREE, null, null, 14, null, null);
	}

	/** The same design with other texts, in another language (see {@link DesignTranslation#applyTo}). */
	public MicroCredentialDesign withTexts(String language, String title, String summary, String competencyStatement,
			List<Resource> resources, List<PerformanceLevel> levels, List<EvidencePart> evidenceParts) {
		return new MicroCredentialDesign(title, summary, competencyStatement, keyMethod, methodComponents,
				researchRationale, references, resources, learningOutcomes, skills, alignments, levels, evidenceParts,
				passingRule, workloadHours, ects, ceus, eqfLevel, qfEheaCycle, assessmentType, participation,
				qualityAssurance, admissionRequirements, prerequisites, gradeBands, subjects, language, cost,
				validityMonths, maxAttempts, turnaroundDays, identityVerification, furtherInformation);
	}

	public Optional<EvidencePart> part(String key) {
		return evidenceParts.stream().filter(p -> p.key().equals(key)).findFirst();
	}

	public Optional<PerformanceLevel> level(String key) {
		return levels.stream().filter(l -> l.key().equals(key)).findFirst();
	}

	/** Whether any part takes student work (and so needs the privacy acknowledgement). */
	public boolean acceptsStudentWork() {
		return evidenceParts.stream().anyMatch(EvidencePart::acceptsStudentWork);
	}

	/** The name of the level every criterion must reach, e.g. "Proficient". */
	public String passingLevelName() {
		if (passingRule == null) {
			return null;
		}
		return level(passingRule.minimumLevel()).map(PerformanceLevel::name).orElse(passingRule.minimumLevel());
	}

	/** Every criterion of every part, keyed "part/criterion". */
	public List<String> criterionKeys() {
		return evidenceParts.stream()
			.flatMap(p -> p.criteria().stream().map(c -> p.key() + "/" + c.key()))
			.toList();
	}

	/** Whether the scores pass this design's passing rule. */
	public boolean passes(java.util.Map<String, String> scores) {
		return passingRule != null && passingRule.passes(levels, scores, evidenceParts);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}
