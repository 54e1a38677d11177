package org.microcred.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders what people write in Markdown (reflections, feedback) as safe HTML: raw HTML in the text is escaped,
 * and links may only be http, https or mailto, so nothing typed can run script.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private Markdown() {
	}

	public static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERER.render(PARSER.parse(markdown));
	}

	/** Words in a text, as the word limits of evidence parts count them. */
	public static int words(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		return text.strip().split("\\s+").length;
	}

}
