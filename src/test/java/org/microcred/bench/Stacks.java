package org.microcred.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.bench.TeacherPlan.Enrollment;

/**
 * Which stacks a teacher's passes complete, by the app's rule: when a credential is issued, every published stack
 * containing it that the teacher's credentials now complete is issued too ({@code Issuance.completedStacks}).
 */
final class Stacks {

	private Stacks() {
	}

	static void award(TeacherPlan plan, Map<CatalogEntry, Enrollment> passed, Catalog catalog) {
		Set<CatalogEntry> candidates = new LinkedHashSet<>();
		passed.keySet().forEach(e -> candidates.addAll(catalog.stacksOf.getOrDefault(e.id, List.of())));
		for (CatalogEntry stack : candidates) {
			List<Enrollment> parts = new ArrayList<>();
			stack.components.stream().map(passed::get).filter(java.util.Objects::nonNull).forEach(parts::add);
			parts.sort(Comparator.comparing(e -> e.ended));
			Set<UUID> earned = new HashSet<>();
			for (Enrollment part : parts) {
				earned.add(part.entry.id);
				Instant at = part.ended.plusSeconds(30);
				if (!part.ended.isBefore(stack.firstPublished()) && stack.current().stack().completedBy(earned)) {
					plan.stacks.add(new TeacherPlan.StackAward(stack, at, parts.stream().filter(p -> !p.ended.isAfter(part.ended)).toList()));
					break;
				}
			}
		}
	}

}
