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

	private static final VerificationMessage NOT_JSON = VerificationMessage.of("badge.verify.input.not-json",
			"The document is not valid JSON.");

	/** The top-level JSON object. */
	public JsonObject parseObject(String text) {
		if (text.length() > this.maxChars) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.input.too-large",
					"The document is larger than {0,number,#} KB.", this.maxChars / 1024));
		}
		int depth = depth(text);
		if (depth > this.maxDepth) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.input.too-deep",
					"The document is nested {0,number,#} levels deep; at most {1,number,#} are accepted.", depth,
					this.maxDepth));
		}
		try (JsonReader reader = JSON.createReader(new StringReader(text))) {
			JsonStructure structure = reader.read();
			if (!(structure instanceof JsonObject object)) {
				throw new CredentialFormatException(VerificationMessage.of("badge.verify.input.not-object",
						"The document is JSON but not a JSON object."));
			}
			return object;
		}
		catch (JsonParsingException ex) {
			throw new CredentialFormatException(notJson(ex), ex);
		}
		catch (JsonException ex) {
			throw new CredentialFormatException(NOT_JSON, ex);
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
	private static VerificationMessage notJson(JsonParsingException ex) {
		JsonLocation at = ex.getLocation();
		if (at == null) {
			return NOT_JSON;
		}
		String message = (ex.getMessage() == null) ? "" : ex.getMessage();
		if (message.contains("char -1")) {
			return VerificationMessage.of("badge.verify.input.not-json-incomplete",
					"The document is not valid JSON: it ends before the JSON is complete.");
		}
		return VerificationMessage.of("badge.verify.input.not-json-at", "The document is not valid JSON: there is a mistake"
				+ " at line {0,number,#}, column {1,number,#} (such as a missing quote, comma or bracket).",
				at.getLineNumber(), at.getColumnNumber());
	}

}
