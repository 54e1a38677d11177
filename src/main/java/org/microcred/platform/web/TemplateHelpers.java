package org.microcred.platform.web;

import org.microcred.platform.Markdown;

/** Helpers behind {@code #text} in templates (see {@link TextDialect}). */
public class TemplateHelpers {

	public String markdown(String markdown) {
		return Markdown.html(markdown);
	}

	public String bytes(long size) {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return String.format("%.0f KB", size / 1024.0);
		}
		if (size < 1024L * 1024 * 1024) {
			return String.format("%.1f MB", size / (1024.0 * 1024));
		}
		return String.format("%.2f GB", size / (1024.0 * 1024 * 1024));
	}

}
