package org.microcred.catalog.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Finds cycles in the prerequisite graph (a credential may never, through any chain, require itself). */
public final class PrerequisiteCycles {

	private PrerequisiteCycles() {
	}

	public static boolean hasCycle(Map<UUID, Set<UUID>> requires) {
		Set<UUID> done = new HashSet<>();
		for (UUID start : requires.keySet()) {
			if (visit(start, requires, new HashSet<>(), done)) {
				return true;
			}
		}
		return false;
	}

	private static boolean visit(UUID node, Map<UUID, Set<UUID>> requires, Set<UUID> path, Set<UUID> done) {
		if (path.contains(node)) {
			return true;
		}
		if (!done.add(node)) {
			return false;
		}
		path.add(node);
		for (UUID next : requires.getOrDefault(node, Set.of())) {
			if (visit(next, requires, path, done)) {
				return true;
			}
		}
		path.remove(node);
		return false;
	}

}
