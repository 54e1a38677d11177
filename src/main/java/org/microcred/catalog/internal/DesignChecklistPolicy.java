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
import org.microcred.platform.Msg;

/**
 * Computes the design checklist: every mandatory element of a micro-credential (EU Council Recommendation
 * 2022/C 243/02 Annex I, UK QAA characteristics, Digital Promise-style design, what Open Badges 3.0 requires)
 * and whether the design has it, with exactly what is missing.
 */
public final class DesignChecklistPolicy {

	/** Each element has its name at {@code catalog.checklist.element.<element>}, its problem at {@code ….<element>.missing}. */
	private static final String KEY = "catalog.checklist.element.";

	private static final Msg EU = Msg.of("catalog.checklist.basis.eu");

	private static final Msg QAA = Msg.of("catalog.checklist.basis.qaa");

	private static final Msg DESIGN = Msg.of("catalog.checklist.basis.design");

	private static final Msg OB = Msg.of("catalog.checklist.basis.open-badges");

	private static final Msg STACKS = Msg.of("catalog.checklist.basis.stacks");

	private DesignChecklistPolicy() {
	}

	public static List<ChecklistItem> check(MicroCredentialDesign d) {
		List<ChecklistItem> items = new ArrayList<>();
		text(items, "title", EU, d.title());
		text(items, "summary", DESIGN, d.summary());
		text(items, "competency-statement", DESIGN, d.competencyStatement());
		text(items, "key-method", DESIGN, d.keyMethod());
		present(items, "method-components", DESIGN, !d.methodComponents().isEmpty());
		text(items, "research-rationale", DESIGN, d.researchRationale());
		present(items, "references", DESIGN, !d.references().isEmpty());
		present(items, "resources", QAA, !d.resources().isEmpty());
		present(items, "learning-outcomes", EU, !d.learningOutcomes().isEmpty());
		present(items, "skills", DESIGN, !d.skills().isEmpty());
		items.add(alignments(d.alignments()));
		items.add(levels(d.levels()));
		items.add(evidence(d));
		items.add(passingRule(d));
		present(items, "workload", EU, d.workloadHours() != null && d.workloadHours().signum() > 0);
		text(items, "assessment-type", EU, d.assessmentType());
		present(items, "participation", EU, d.participation() != null);
		text(items, "quality-assurance", EU, d.qualityAssurance());
		text(items, "admission", QAA, d.admissionRequirements());
		present(items, "language", EU, d.language() != null && !d.language().isBlank());
		present(items, "grade-bands", DESIGN, !d.gradeBands().isEmpty());
		present(items, "level", EU, d.eqfLevel() == null || (d.eqfLevel() >= 1 && d.eqfLevel() <= 8));
		return items;
	}

	public static List<ChecklistItem> check(StackDesign s, Set<UUID> publishedMicroCredentials, UUID self) {
		List<ChecklistItem> items = new ArrayList<>();
		text(items, "title", EU, s.title());
		text(items, "summary", DESIGN, s.summary());
		text(items, "description", DESIGN, s.description());
		present(items, "learning-outcomes", EU, !s.learningOutcomes().isEmpty());
		boolean selfContained = s.components().contains(self);
		List<UUID> unpublished = s.components().stream().filter(c -> !publishedMicroCredentials.contains(c)).toList();
		items.add(item("components", STACKS, s.components().size() >= 2 && unpublished.isEmpty() && !selfContained,
				selfContained ? Msg.of("catalog.stack.contains-itself")
						: s.components().size() < 2 ? missing("components")
								: Msg.of("catalog.checklist.components.unpublished")));
		boolean ruleOk = s.minimumComponents() >= Math.max(1, s.requiredComponents().size())
				&& s.minimumComponents() <= s.components().size()
				&& s.components().containsAll(s.requiredComponents());
		present(items, "completion-rule", STACKS, ruleOk);
		text(items, "quality-assurance", EU, s.qualityAssurance());
		return items;
	}

	private static ChecklistItem alignments(List<Alignment> alignments) {
		boolean ok = alignments.stream().allMatch(a -> present(a.targetName()) && present(a.targetUrl()));
		return item("alignments", OB, ok, missing("alignments"));
	}

	private static ChecklistItem levels(List<PerformanceLevel> levels) {
		boolean distinct = levels.stream().map(PerformanceLevel::key).distinct().count() == levels.size()
				&& levels.stream().map(PerformanceLevel::rank).distinct().count() == levels.size();
		return item("levels", DESIGN, levels.size() >= 2 && distinct && levels.stream().allMatch(l -> present(l.name())),
				missing("levels"));
	}

	private static ChecklistItem evidence(MicroCredentialDesign d) {
		if (d.evidenceParts().isEmpty()) {
			return item("evidence", DESIGN, false, missing("evidence"));
		}
		for (EvidencePart part : d.evidenceParts()) {
			if (!present(part.title())) {
				return item("evidence", DESIGN, false, Msg.of("catalog.checklist.evidence.untitled"));
			}
			if (!present(part.instructions())) {
				return item("evidence", DESIGN, false, Msg.of("catalog.checklist.evidence.no-instructions", part.title()));
			}
			if (part.acceptedKinds().isEmpty()) {
				return item("evidence", DESIGN, false, Msg.of("catalog.checklist.evidence.no-kinds", part.title()));
			}
			if (part.criteria().isEmpty()) {
				return item("evidence", DESIGN, false, Msg.of("catalog.checklist.evidence.no-criteria", part.title()));
			}
			for (Criterion criterion : part.criteria()) {
				boolean described = d.levels().stream().allMatch(l -> present(criterion.descriptor(l.key())));
				if (!present(criterion.name()) || !described) {
					return item("evidence", DESIGN, false,
							Msg.of("catalog.checklist.evidence.criterion-incomplete", part.title()));
				}
			}
		}
		return item("evidence", DESIGN, true, null);
	}

	private static ChecklistItem passingRule(MicroCredentialDesign d) {
		boolean ok = d.passingRule() != null && d.level(d.passingRule().minimumLevel()).isPresent();
		return item("passing-rule", DESIGN, ok, missing("passing-rule"));
	}

	private static void text(List<ChecklistItem> items, String element, Msg basis, String value) {
		present(items, element, basis, present(value));
	}

	private static void present(List<ChecklistItem> items, String element, Msg basis, boolean ok) {
		items.add(item(element, basis, ok, missing(element)));
	}

	private static Msg missing(String element) {
		return Msg.of(KEY + element + ".missing");
	}

	private static ChecklistItem item(String element, Msg basis, boolean ok, Msg problem) {
		return new ChecklistItem(Msg.of(KEY + element), basis, ok, ok ? null : problem);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
