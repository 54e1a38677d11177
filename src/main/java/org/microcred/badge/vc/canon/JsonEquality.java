package org.microcred.badge.vc.canon;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Exactly {@link JsonValue#equals} (objects as maps, arrays in order, numbers by decimal value, strings by
 * content), but walking two objects' members side by side when their keys come in the same order, as they do
 * for two credentials written by one issuer: about twice as fast as looking every key up.
 */
final class JsonEquality {

	private JsonEquality() {
	}

	static boolean equal(JsonValue a, JsonValue b) {
		if (a == b) {
			return true;
		}
		if (a instanceof JsonObject x && b instanceof JsonObject y) {
			return objects(x, y);
		}
		if (a instanceof JsonArray x && b instanceof JsonArray y) {
			return arrays(x, y);
		}
		if (a instanceof JsonString x && b instanceof JsonString y) {
			return x.getString().equals(y.getString());
		}
		return a.equals(b);
	}

	private static boolean objects(JsonObject a, JsonObject b) {
		if (a.size() != b.size()) {
			return false;
		}
		Iterator<Map.Entry<String, JsonValue>> first = a.entrySet().iterator();
		Iterator<Map.Entry<String, JsonValue>> second = b.entrySet().iterator();
		while (first.hasNext()) {
			Map.Entry<String, JsonValue> x = first.next();
			Map.Entry<String, JsonValue> y = second.next();
			if (!x.getKey().equals(y.getKey())) {
				return a.equals(b);
			}
			if (!equal(x.getValue(), y.getValue())) {
				return false;
			}
		}
		return true;
	}

	private static boolean arrays(List<JsonValue> a, List<JsonValue> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!equal(a.get(i), b.get(i))) {
				return false;
			}
		}
		return true;
	}

}
