package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.microcred.platform.InvalidInputException;

/**
 * Finds content that could run when a file is opened, so that evidence stays inert wherever it travels (reviewers'
 * tools, exports, a teacher's download folder), not only when the application serves it. An SVG may hold no script,
 * event handler, embedded web content, declaration or reference outside the file; an image, recording or video may
 * not also read as a script (a "polyglot" that opens a script comment right after its signature) nor carry HTML.
 */
final class ActiveContent {

	/** Elements that run code or embed another document. */
	private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
			"handler", "listener", "audio", "video");

	/** Markup with no business inside binary media (case-insensitive). */
	private static final List<String> MARKUP = List.of("<script", "<html", "<body", "<iframe", "<object",
			"<embed", "<?php", "javascript:");

	/**
	 * The start of a JavaScript polyglot: an identifier (the format's ASCII signature, such as {@code GIF89a}) then a
	 * comment, or an assignment of a comment or string, that swallows the binary bytes that follow.
	 */
	private static final Pattern SCRIPT_START = Pattern
		.compile("\\A[A-Za-z_$][\\w$]*[ \\t]*(?:=[ \\t]*[\\w$.]*[ \\t]*(?:/\\*|//|[`'\"])|/\\*|//)");

	/** References that stay inside the file: a fragment, or an embedded raster image. */
	private static final Pattern INSIDE = Pattern.compile("(?i)\\A\\s*(#.*|data:image/(png|jpeg|gif|webp)[;,].*)\\z",
			Pattern.DOTALL);

	private static final Pattern URL_FUNCTION = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^)'\"]*)");

	private ActiveContent() {
	}

	/** Refuses an image, recording or video whose bytes also read as a script or carry markup. */
	static void checkMedia(byte[] head, byte[] tail) {
		String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1);
		if (SCRIPT_START.matcher(start).find() || containsMarkup(head) || containsMarkup(tail)) {
			throw new InvalidInputException("file", "learning.file.polyglot");
		}
	}

	private static boolean containsMarkup(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		return MARKUP.stream().anyMatch(text::contains);
	}

	/** Reads the whole SVG as a stream (no DTD, no external entities) and refuses anything that could run or load. */
	static void checkSvg(InputStream svg) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(svg);
			try {
				boolean inStyle = false;
				while (reader.hasNext()) {
					switch (reader.next()) {
						case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw scripted();
						case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw outside(reader.getPITarget());
						case XMLStreamConstants.START_ELEMENT -> inStyle = checkElement(reader);
						case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
							if (inStyle) {
								checkStyle(reader.getText());
							}
						}
						case XMLStreamConstants.END_ELEMENT -> inStyle = false;
						default -> {
						}
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new InvalidInputException("file", "learning.file.svg-malformed");
		}
	}

	/** Checks an element and its attributes; true when it is a style sheet, whose text is checked too. */
	private static boolean checkElement(XMLStreamReader reader) {
		String element = reader.getLocalName().toLowerCase(Locale.ROOT);
		if (ACTIVE_ELEMENTS.contains(element)) {
			throw scripted();
		}
		boolean animation = element.equals("set") || element.startsWith("animate");
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String name = reader.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
			String value = reader.getAttributeValue(i);
			if (name.startsWith("on") || animation && name.equals("attributename") && value.toLowerCase(Locale.ROOT).contains("href")
					|| value.replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT).contains("javascript:")) {
				throw scripted();
			}
			if ((name.equals("href") || name.equals("src")) && !INSIDE.matcher(value).matches()) {
				throw outside(value);
			}
			if (name.equals("style")) {
				checkStyle(value);
			}
		}
		return element.equals("style");
	}

	private static void checkStyle(String css) {
		String lower = css.toLowerCase(Locale.ROOT);
		if (lower.contains("expression(") || lower.contains("javascript:")) {
			throw scripted();
		}
		if (lower.contains("@import")) {
			throw outside("@import");
		}
		var urls = URL_FUNCTION.matcher(css);
		while (urls.find()) {
			if (!INSIDE.matcher(urls.group(1)).matches()) {
				throw outside(urls.group(1));
			}
		}
	}

	private static InvalidInputException scripted() {
		return new InvalidInputException("file", "learning.file.svg-script");
	}

	private static InvalidInputException outside(String reference) {
		String shown = reference.length() > 80 ? reference.substring(0, 80) + "…" : reference;
		return new InvalidInputException("file", "learning.file.svg-outside", shown);
	}

}
