package org.microcred.catalog;

/** A badge image: the uploaded PNG, or the generated SVG. */
public record CatalogImage(byte[] bytes, String mediaType) {

	public boolean svg() {
		return mediaType.startsWith("image/svg");
	}

}
