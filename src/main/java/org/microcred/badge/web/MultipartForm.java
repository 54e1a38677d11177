package org.microcred.badge.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;

/**
 * A {@code multipart/form-data} body already read into memory (and so already bounded), split into its parts
 * (RFC 7578). The verifier parses its small forms itself so that the servlet container, whose multipart limits
 * are sized for 2 GB evidence uploads, never spools a verify request to disk.
 */
record MultipartForm(List<Item> items) {

	/** One part: a field (no file name) or a file, with its headers as sent. */
	record Item(String name, String fileName, String contentType, byte[] content, Map<String, String> headers) {

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	/** Thrown for a body that is not the multipart form its content type announces; the message is a bundle key. */
	static final class MalformedException extends Exception {

		MalformedException(String key) {
			super(key);
		}

	}

	static MultipartForm parse(byte[] body, String contentType) throws MalformedException {
		String boundary;
		try {
			boundary = MediaType.parseMediaType(contentType).getParameter("boundary");
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedException("badge.verify-page.form.content-type");
		}
		if (boundary == null || boundary.isEmpty()) {
			throw new MalformedException("badge.verify-page.form.no-boundary");
		}
		boundary = boundary.startsWith("\"") && boundary.endsWith("\"") && boundary.length() > 1
				? boundary.substring(1, boundary.length() - 1) : boundary;
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		int position = indexOf(body, delimiter, 0);
		if (position < 0) {
			throw new MalformedException("badge.verify-page.form.no-part");
		}
		position += delimiter.length;
		List<Item> items = new ArrayList<>();
		while (true) {
			if (startsWith(body, position, "--")) {
				return new MultipartForm(List.copyOf(items));
			}
			if (!startsWith(body, position, "\r\n")) {
				throw new MalformedException("badge.verify-page.form.separators");
			}
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), position + 2);
			int contentEnd = (headersEnd < 0) ? -1 : indexOf(body, separator, headersEnd + 4);
			if (contentEnd < 0) {
				throw new MalformedException("badge.verify-page.form.cut-short");
			}
			String headerText = new String(body, position + 2, headersEnd - position - 2, StandardCharsets.UTF_8);
			byte[] content = Arrays.copyOfRange(body, headersEnd + 4, contentEnd);
			items.add(item(headers(headerText), content));
			position = contentEnd + separator.length;
		}
	}

	/** The text of the first field of that name, or null. */
	String field(String name) {
		return this.items.stream().filter(i -> i.name().equals(name) && i.fileName() == null).map(Item::text)
			.findFirst().orElse(null);
	}

	private static Item item(Map<String, String> headers, byte[] content) throws MalformedException {
		String disposition = headers.get("content-disposition");
		if (disposition == null) {
			throw new MalformedException("badge.verify-page.form.no-disposition");
		}
		ContentDisposition parsed;
		try {
			parsed = ContentDisposition.parse(disposition);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedException("badge.verify-page.form.bad-disposition");
		}
		if (parsed.getName() == null) {
			throw new MalformedException("badge.verify-page.form.no-name");
		}
		return new Item(parsed.getName(), parsed.getFilename(), headers.get("content-type"), content, headers);
	}

	private static Map<String, String> headers(String text) throws MalformedException {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : text.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new MalformedException("badge.verify-page.form.bad-header");
			}
			headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
		return headers;
	}

	private static boolean startsWith(byte[] body, int position, String text) {
		if (position + text.length() > body.length) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (body[position + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Boyer-Moore-Horspool, so that a body crafted of near-boundaries cannot make the search quadratic. */
	private static int indexOf(byte[] body, byte[] pattern, int from) {
		int[] shift = new int[256];
		Arrays.fill(shift, pattern.length);
		for (int j = 0; j < pattern.length - 1; j++) {
			shift[pattern[j] & 0xff] = pattern.length - 1 - j;
		}
		int i = Math.max(from, 0);
		while (i <= body.length - pattern.length) {
			int j = pattern.length - 1;
			while (j >= 0 && body[i + j] == pattern[j]) {
				j--;
			}
			if (j < 0) {
				return i;
			}
			i += shift[body[i + pattern.length - 1] & 0xff];
		}
		return -1;
	}

}
