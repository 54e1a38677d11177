package org.microcred.catalog.design;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.platform.Msg;

/**
 * A stack: a larger credential earned by completing component micro-credentials.
 *
 * @param components the component credentials
 * @param requiredComponents components that must always be among those completed
 * @param minimumComponents how many components complete the stack; equal to the number of components for "all"
 */
public record StackDesign(String title, String summary, String description, List<String> learningOutcomes,
		List<UUID> components, Set<UUID> requiredComponents, int minimumComponents, String qualityAssurance,
		Integer eqfLevel, List<Alignment> alignments, String language) {

	public StackDesign {
		learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
		components = components == null ? List.of() : List.copyOf(components);
		requiredComponents = requiredComponents == null ? Set.of() : Set.copyOf(requiredComponents);
		alignments = alignments == null ? List.of() : List.copyOf(alignments);
	}

	public static StackDesign blank(String title) {
		return new StackDesign(title, null, null, null, null, null, 0, null, null, null, "en");
	}

	public boolean requiresAll() {
		return minimumComponents >= components.size();
	}

	/** Whether a set of earned credentials completes this stack (the StackCompletion policy). */
	public boolean completedBy(Set<UUID> earned) {
		if (components.isEmpty() || !earned.containsAll(requiredComponents)) {
			return false;
		}
		long done = components.stream().filter(earned::contains).count();
		return done >= Math.max(1, minimumComponents);
	}

	/** The completion rule in English, for the credential's criteria (pages show {@link #ruleMessage()}). */
	public String ruleLabel() {
		if (requiresAll()) {
			return "Complete all " + components.size() + " micro-credentials";
		}
		return "Complete " + minimumComponents + " of " + components.size() + " micro-credentials"
				+ (requiredComponents.isEmpty() ? "" : ", including the required ones");
	}

	/** The completion rule as a sentence, in the reader's language. */
	public Msg ruleMessage() {
		if (requiresAll()) {
			return Msg.of("catalog.stack.rule.all", components.size());
		}
		return Msg.of(requiredComponents.isEmpty() ? "catalog.stack.rule.some" : "catalog.stack.rule.some-required",
				minimumComponents, components.size());
	}

}
