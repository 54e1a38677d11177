package org.microcred.catalog.design;

/**
 * One level of the rubric scale, e.g. "Proficient". Levels are ordered by {@code rank} (higher is better).
 */
public record PerformanceLevel(String key, String name, int rank) {
}
