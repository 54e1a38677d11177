package org.microcred.badge.vc.canon;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.VerificationMessage;

/**
 * Rejects expanded JSON-LD that RDF conversion would silently shorten: a relative or malformed {@code @id},
 * a type that no context defines (it expands to a relative IRI and is dropped), a malformed datatype. Without
 * this check such values are simply not signed, so changing them would not break the signature.
 */
final class SafeMode {

	/** An absolute IRI: a scheme, then no character that N-Quads would have to escape. */
	private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:[^\\x00-\\x20<>\"{}|^`\\\\]*");

	private SafeMode() {
	}

	static boolean isAbsoluteIri(String value) {
		return ABSOLUTE_IRI.matcher(value).matches() && !value.startsWith("_:");
	}

	/** @throws CanonicalizationException naming the first value that would be dropped */
	static void check(JsonValue expanded) {
		if (expanded instanceof JsonArray array) {
			for (JsonValue item : array) {
				check(item);
			}
		}
		else if (expanded instanceof JsonObject object) {
			checkObject(object);
		}
	}

	private static void checkObject(JsonObject object) {
		boolean valueObject = object.containsKey("@value");
		for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
			String key = entry.getKey();
			JsonValue value = entry.getValue();
			switch (key) {
				case "@id" -> requireReference(value, "identifier");
				case "@type" -> {
					if (!valueObject) {
						value.asJsonArray().forEach(type -> requireReference(type, "type"));
					}
					else if (!"@json".equals(((JsonString) value).getString())) {
						requireIri(((JsonString) value).getString(), "datatype");
					}
				}
				case "@value", "@language", "@direction", "@index" -> {
				}
				default -> {
					if (!key.startsWith("@") && !isAbsoluteIri(key)) {
						throw failure("property", key);
					}
					if (!valueObject) {
						check(value);
					}
				}
			}
		}
	}

	private static void requireReference(JsonValue value, String what) {
		String text = ((JsonString) value).getString();
		if (!text.startsWith("_:")) {
			requireIri(text, what);
		}
	}

	private static void requireIri(String text, String what) {
		if (!isAbsoluteIri(text)) {
			throw failure(what, text);
		}
	}

	private static CanonicalizationException failure(String what, String value) {
		String pattern = "The " + what + " \"{0}\" is not an absolute IRI (an undefined term or a relative reference);"
				+ " it would be left unsigned";
		String key = switch (what) {
			case "identifier" -> "badge.verify.jsonld.identifier-not-iri";
			case "type" -> "badge.verify.jsonld.type-not-iri";
			case "datatype" -> "badge.verify.jsonld.datatype-not-iri";
			default -> "badge.verify.jsonld.property-not-iri";
		};
		return new CanonicalizationException(VerificationMessage.of(key, pattern, abbreviate(value)), null);
	}

	static String abbreviate(String value) {
		return (value.length() <= 80) ? value : value.substring(0, 77) + "...";
	}

}
