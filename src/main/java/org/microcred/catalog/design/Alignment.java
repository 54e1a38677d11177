package org.microcred.catalog.design;

/** An alignment to an item of a competency framework (becomes an OB 3.0 {@code Alignment}). */
public record Alignment(String framework, String targetName, String targetCode, String targetUrl,
		String targetDescription) {
}
