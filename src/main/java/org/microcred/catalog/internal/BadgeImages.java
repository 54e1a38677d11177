package org.microcred.catalog.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.microcred.platform.InvalidInputException;
import org.springframework.web.util.HtmlUtils;

/**
 * Badge images: an uploaded PNG is checked from its bytes (signature, header, dimensions) before it is kept; a
 * design without one gets a generated SVG. SVG uploads are refused: they can carry script.
 */
public final class BadgeImages {

	public static final int MAX_BYTES = 1024 * 1024;

	public static final int MAX_SIDE = 2048;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final List<String> PALETTE = List.of("#0b5cad", "#1d6b34", "#7a2e8e", "#a11d1d", "#8a4b00",
			"#00667a", "#3d4f9f", "#5b6b00");

	private BadgeImages() {
	}

	/** Checks an upload; returns its media type. */
	public static String requireValidPng(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("image", "catalog.image.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("image", "catalog.image.too-large");
		}
		if (bytes.length < 33 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG)
				|| !new String(bytes, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
			throw new InvalidInputException("image", "catalog.image.not-png");
		}
		int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
		int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
		if (width < 64 || height < 64 || width > MAX_SIDE || height > MAX_SIDE) {
			throw new InvalidInputException("image", "catalog.image.size", 64, MAX_SIDE);
		}
		return "image/png";
	}

	/** A generated badge: a coloured hexagon with the title's initials, in an accessible SVG. */
	public static byte[] generated(String title, String issuerName) {
		String safeTitle = title == null || title.isBlank() ? "Micro-credential" : title;
		String color = color(safeTitle);
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="%s">
				  <title>%s</title>
				  <polygon points="200,12 363,106 363,294 200,388 37,294 37,106" fill="%s"/>
				  <polygon points="200,40 339,120 339,280 200,360 61,280 61,120" fill="none" stroke="#ffffff" stroke-width="6" opacity="0.7"/>
				  <text x="200" y="225" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="96" font-weight="700" fill="#ffffff">%s</text>
				  <text x="200" y="290" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="22" fill="#ffffff">%s</text>
				</svg>
				""".formatted(escape(safeTitle), escape(safeTitle), color, escape(initials(safeTitle)),
				escape(shorten(issuerName == null ? "" : issuerName, 30)));
		return svg.getBytes(StandardCharsets.UTF_8);
	}

	/** The badge colour of a title (the same for the SVG and the PNG). */
	static String color(String title) {
		return PALETTE.get(Math.floorMod(title.hashCode(), PALETTE.size()));
	}

	public static String initials(String title) {
		StringBuilder initials = new StringBuilder();
		for (String word : title.split("[\\s:–-]+")) {
			if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && !SMALL.contains(word.toLowerCase(Locale.ROOT))) {
				initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
			}
			if (initials.length() >= 3) {
				break;
			}
		}
		return initials.isEmpty() ? "MC" : initials.toString();
	}

	private static final List<String> SMALL = List.of("and", "the", "of", "in", "for", "a", "an", "to", "with", "on");

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
