package org.microcred.badge.vc;

import java.io.StringReader;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * Parses untrusted JSON within limits: a size cap and a nesting depth checked by a linear scan before any
 * parser (or later recursive processing) sees the text, so a huge or deeply nested document is refused with
 * a clear message instead of exhausting memory or the stack.
 */
public record JsonInput(int maxChars, int maxDepth) {

	/** 1 MB of text and 32 levels: far beyond any credential, far below any danger. */
	public static final JsonInput DEFAULT = new JsonInput(1024 * 1024, 32);

	/** The top-level JSON object. */
	public JsonObject parseObject(String text) {
		if (text.length() > this.maxChars) {
			throw new CredentialFormatException("The document is larger than " + this.maxChars / 1024 + " KB.");
		}
		int depth = depth(text);
		if (depth > this.maxDepth) {
			throw new CredentialFormatException("The document is nested " + depth + " levels deep; at most "
					+ this.maxDepth + " are accepted.");
		}
		try (JsonReader reader = JSON.createReader(new StringReader(text))) {
			JsonStructure structure = reader.read();
			if (!(structure instanceof JsonObject object)) {
				throw new CredentialFormatException("The document is JSON but not a JSON object.");
			}
			return object;
		}
		catch (JsonParsingException ex) {
			throw new CredentialFormatException(notJson(ex), ex);
		}
		catch (JsonException ex) {
			throw new CredentialFormatException("The document is not valid JSON.", ex);
		}
	}

	/** The deepest nesting of arrays and objects, ignoring brackets inside strings. */
	public static int depth(String text) {
		int depth = 0;
		int max = 0;
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '{' || c == '[') {
				max = Math.max(max, ++depth);
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		return max;
	}

	/** Where the JSON goes wrong, in words (the parser's own message names characters by code). */
	private static String notJson(JsonParsingException ex) {
		JsonLocation at = ex.getLocation();
		if (at == null) {
			return "The document is not valid JSON.";
		}
		String message = (ex.getMessage() == null) ? "" : ex.getMessage();
		String what = message.contains("char -1") ? "it ends before the JSON is complete"
				: "there is a mistake at line " + at.getLineNumber() + ", column " + at.getColumnNumber()
						+ " (such as a missing quote, comma or bracket)";
		return "The document is not valid JSON: " + what + ".";
	}

}
