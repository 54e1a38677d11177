package org.microcred.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.ChecklistItem;
import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.PerformanceLevel;
import org.microcred.catalog.design.StackDesign;

/**
 * Computes the design checklist: every mandatory element of a micro-credential (EU Council Recommendation
 * 2022/C 243/02 Annex I, UK QAA characteristics, Digital Promise-style design, what Open Badges 3.0 requires)
 * and whether the design has it, with exactly what is missing.
 */
public final class DesignChecklistPolicy {

	private static final String EU = "EU 2022/C 243/02";

	private static final String QAA = "UK QAA";

	private static final String DESIGN = "Competency-based design";

	private static final String OB = "Open Badges 3.0";

	private DesignChecklistPolicy() {
	}

	public static List<ChecklistItem> check(MicroCredentialDesign d) {
		List<ChecklistItem> items = new ArrayList<>();
		text(items, "Title", EU, d.title());
		text(items, "Summary", DESIGN, d.summary());
		text(items, "Competency statement", DESIGN, d.competencyStatement());
		text(items, "Key method", DESIGN, d.keyMethod());
		list(items, "Method components", DESIGN, d.methodComponents().size(), "Add at least one method component.");
		text(items, "Research and rationale", DESIGN, d.researchRationale());
		list(items, "Research references", DESIGN, d.references().size(), "Add at least one research reference.");
		list(items, "Learning resources", QAA, d.resources().size(), "Add at least one resource to study.");
		list(items, "Learning outcomes", EU, d.learningOutcomes().size(), "Add at least one learning outcome.");
		list(items, "Skills or topics", DESIGN, d.skills().size(), "Add at least one skill or topic.");
		items.add(alignments(d.alignments()));
		items.add(levels(d.levels()));
		items.add(evidence(d));
		items.add(passingRule(d));
		items.add(item("Notional workload", EU,
				d.workloadHours() != null && d.workloadHours().signum() > 0, "Enter the workload in hours."));
		text(items, "Type of assessment", EU, d.assessmentType());
		items.add(item("Form of participation", EU, d.participation() != null, "Choose online, blended or on-site."));
		text(items, "Type of quality assurance", EU, d.qualityAssurance());
		text(items, "Admission requirements", QAA, d.admissionRequirements());
		items.add(item("Language", EU, d.language() != null && !d.language().isBlank(), "Choose a language."));
		items.add(item("Grade bands", DESIGN, !d.gradeBands().isEmpty(), "Choose at least one grade band."));
		items.add(item("Level", EU, d.eqfLevel() == null || (d.eqfLevel() >= 1 && d.eqfLevel() <= 8),
				"The EQF level must be between 1 and 8."));
		return items;
	}

	public static List<ChecklistItem> check(StackDesign s, Set<UUID> publishedMicroCredentials, UUID self) {
		List<ChecklistItem> items = new ArrayList<>();
		text(items, "Title", EU, s.title());
		text(items, "Summary", DESIGN, s.summary());
		text(items, "Description", DESIGN, s.description());
		list(items, "Learning outcomes", EU, s.learningOutcomes().size(), "Add at least one learning outcome.");
		boolean selfContained = s.components().contains(self);
		List<UUID> unpublished = s.components().stream().filter(c -> !publishedMicroCredentials.contains(c)).toList();
		items.add(item("Components", "Stackability", s.components().size() >= 2 && unpublished.isEmpty() && !selfContained,
				selfContained ? "A stack cannot contain itself."
						: s.components().size() < 2 ? "Choose at least two component micro-credentials."
								: "Every component must be a published micro-credential."));
		boolean ruleOk = s.minimumComponents() >= Math.max(1, s.requiredComponents().size())
				&& s.minimumComponents() <= s.components().size()
				&& s.components().containsAll(s.requiredComponents());
		items.add(item("Completion rule", "Stackability", ruleOk,
				"The number to complete must be at least the number of required components and at most the number of components, and required components must be components."));
		text(items, "Type of quality assurance", EU, s.qualityAssurance());
		return items;
	}

	private static ChecklistItem alignments(List<Alignment> alignments) {
		boolean ok = alignments.stream().allMatch(a -> present(a.targetName()) && present(a.targetUrl()));
		return item("Alignments", OB, ok, "Every alignment needs a target name and a target URL.");
	}

	private static ChecklistItem levels(List<PerformanceLevel> levels) {
		boolean distinct = levels.stream().map(PerformanceLevel::key).distinct().count() == levels.size()
				&& levels.stream().map(PerformanceLevel::rank).distinct().count() == levels.size();
		return item("Rubric performance levels", DESIGN, levels.size() >= 2 && distinct
				&& levels.stream().allMatch(l -> present(l.name())),
				"The rubric needs at least two named performance levels with different ranks.");
	}

	private static ChecklistItem evidence(MicroCredentialDesign d) {
		if (d.evidenceParts().isEmpty()) {
			return item("Evidence parts and rubrics", DESIGN, false, "Add at least one evidence part.");
		}
		for (EvidencePart part : d.evidenceParts()) {
			String name = present(part.title()) ? "“" + part.title() + "”" : "An evidence part";
			if (!present(part.title()) || !present(part.instructions())) {
				return item("Evidence parts and rubrics", DESIGN, false, name + " needs a title and instructions.");
			}
			if (part.acceptedKinds().isEmpty()) {
				return item("Evidence parts and rubrics", DESIGN, false, name + " must accept at least one kind of evidence.");
			}
			if (part.criteria().isEmpty()) {
				return item("Evidence parts and rubrics", DESIGN, false, name + " has a rubric without criteria.");
			}
			for (Criterion criterion : part.criteria()) {
				boolean described = d.levels().stream().allMatch(l -> present(criterion.descriptor(l.key())));
				if (!present(criterion.name()) || !described) {
					return item("Evidence parts and rubrics", DESIGN, false, "A criterion of " + name
							+ " needs a name and a descriptor for every performance level.");
				}
			}
		}
		return item("Evidence parts and rubrics", DESIGN, true, null);
	}

	private static ChecklistItem passingRule(MicroCredentialDesign d) {
		boolean ok = d.passingRule() != null && d.level(d.passingRule().minimumLevel()).isPresent();
		return item("Passing rule", DESIGN, ok, "The passing rule must name one of the rubric's performance levels.");
	}

	private static void text(List<ChecklistItem> items, String element, String basis, String value) {
		items.add(item(element, basis, present(value), "Enter the " + element.toLowerCase() + "."));
	}

	private static void list(List<ChecklistItem> items, String element, String basis, int size, String problem) {
		items.add(item(element, basis, size > 0, problem));
	}

	private static ChecklistItem item(String element, String basis, boolean ok, String problem) {
		return new ChecklistItem(element, basis, ok, ok ? null : problem);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
