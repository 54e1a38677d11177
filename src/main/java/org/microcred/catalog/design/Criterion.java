package org.microcred.catalog.design;

import java.util.Map;

/**
 * One row of a rubric: what is judged, and what each performance level looks like for it.
 *
 * @param descriptors level key → what work at that level looks like
 */
public record Criterion(String key, String name, Map<String, String> descriptors) {

	public Criterion {
		descriptors = descriptors == null ? Map.of() : Map.copyOf(descriptors);
	}

	public String descriptor(String levelKey) {
		return descriptors.getOrDefault(levelKey, "");
	}

}
