package org.microcred.badge.vc;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/** Lenient reads of credential JSON: a field of the wrong JSON type reads as absent. */
public final class JsonFields {

	/**
	 * The JSON-P provider, looked up once: every {@code jakarta.json.Json} factory call repeats a
	 * ServiceLoader scan of the class path, which costs more than signing a credential.
	 */
	public static final JsonProvider JSON = JsonProvider.provider();

	private JsonFields() {
	}

	/** The string value of a field, or null when absent or not a string. */
	public static String text(JsonObject object, String key) {
		return (object.get(key) instanceof JsonString string) ? string.getString() : null;
	}

	/** The issuer's id: a string issuer, or the {@code id} of an issuer object; null when there is none. */
	public static String issuerId(JsonObject credential) {
		JsonValue issuer = credential.get("issuer");
		if (issuer instanceof JsonObject profile) {
			return text(profile, "id");
		}
		return (issuer instanceof JsonString string) ? string.getString() : null;
	}

	/** A string or an array's strings (such as {@code type}); anything else is empty. */
	public static List<String> strings(JsonValue value) {
		if (value instanceof JsonString string) {
			return List.of(string.getString());
		}
		List<String> result = new ArrayList<>();
		if (value instanceof JsonArray array) {
			for (JsonValue item : array) {
				if (item instanceof JsonString string) {
					result.add(string.getString());
				}
			}
		}
		return result;
	}

}
