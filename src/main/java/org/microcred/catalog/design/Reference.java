package org.microcred.catalog.design;

/** A research reference behind the method. */
public record Reference(String citation, String url) {
}
