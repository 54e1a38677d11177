package org.microcred.catalog.design;

/** One component of the key method, e.g. "Pre-observation conference". */
public record MethodComponent(String name, String description) {
}
