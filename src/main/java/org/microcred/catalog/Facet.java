package org.microcred.catalog;

/** One value of a catalog filter and how many published credentials have it. */
public record Facet(String value, String label, long count) {
}
