package org.microcred.support;

import java.math.BigDecimal;
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

/** Complete, valid designs to start tests from. */
public final class DesignFixtures {

	public static final List<PerformanceLevel> LEVELS = List.of(new PerformanceLevel("not-yet", "Not yet", 1),
			new PerformanceLevel("developing", "Developing", 2), new PerformanceLevel("proficient", "Proficient", 3),
			new PerformanceLevel("exemplary", "Exemplary", 4));

	private DesignFixtures() {
	}

	public static Criterion criterion(String key, String name) {
		return new Criterion(key, name, Map.of("not-yet", "Absent.", "developing", "Partly there.", "proficient",
				"Clearly there.", "exemplary", "There, and explained."));
	}

	public static MicroCredentialDesign complete(String title) {
		return complete(title, List.of());
	}

	public static MicroCredentialDesign complete(String title, List<UUID> prerequisites) {
		return complete(title, prerequisites, List.of("testing", "practice"));
	}

	public static MicroCredentialDesign complete(String title, List<UUID> prerequisites, List<String> skills) {
		return withParts(title, prerequisites, skills, List.of(new EvidencePart("plan", "Lesson plan", "Upload your plan.",
				Set.of(EvidenceKind.FILE, EvidenceKind.TEXT), true, 3, 500,
				List.of(criterion("goal", "Clear goal"), criterion("checks", "Embedded checks"))),
				new EvidencePart("reflection", "Reflection", "Reflect on it.", Set.of(EvidenceKind.TEXT), true, 0, 800,
						List.of(criterion("insight", "Insight")))));
	}

	/** A complete design with these evidence parts. */
	public static MicroCredentialDesign withParts(String title, List<EvidencePart> parts) {
		return withParts(title, List.of(), List.of("testing", "practice"), parts);
	}

	private static MicroCredentialDesign withParts(String title, List<UUID> prerequisites, List<String> skills,
			List<EvidencePart> parts) {
		return new MicroCredentialDesign(title, "Short summary of " + title + ".",
				"The educator uses " + title + " to improve learning.", "A research-backed method.",
				List.of(new MethodComponent("Plan", "Plan it."), new MethodComponent("Do", "Do it.")),
				"Because research says so.", List.of(new Reference("Author (2020). A study.", "https://doi.org/10.1000/1")),
				List.of(new Resource(Resource.ResourceKind.READING, "A reading", "https://example.org/reading", null, 20)),
				List.of("The educator can plan it.", "The educator can do it."), skills,
				List.of(new Alignment("InTASC", "Standard 6: Assessment", "InTASC-6", "https://ccsso.org/intasc", null)),
				LEVELS, parts, new PassingRule("proficient"), new BigDecimal("15"), null, new BigDecimal("1.5"), null, null,
				"Portfolio scored against the rubric by trained reviewers.", Participation.ONLINE,
				"Independent quality review; double scoring of a sample.", "Currently teaching.", prerequisites,
				Set.of(GradeBand.GRADES_3_5), List.of("All subjects"), "en", Cost.FREE, null, null, 14, null, null);
	}

}
