package org.microcred.badge.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Turns the plain maps and lists other modules produce (e.g. the Achievement) into JSON-P values, in order. */
public final class Jsons {

	private Jsons() {
	}

	public static JsonValue of(Object value) {
		if (value == null) {
			return JsonValue.NULL;
		}
		if (value instanceof JsonValue json) {
			return json;
		}
		if (value instanceof Map<?, ?> map) {
			JsonObjectBuilder object = Json.createObjectBuilder();
			map.forEach((k, v) -> {
				if (v != null) {
					object.add(String.valueOf(k), of(v));
				}
			});
			return object.build();
		}
		if (value instanceof Collection<?> list) {
			JsonArrayBuilder array = Json.createArrayBuilder();
			list.forEach(v -> array.add(of(v)));
			return array.build();
		}
		if (value instanceof BigDecimal number) {
			return Json.createValue(number.stripTrailingZeros().scale() <= 0
					? new BigDecimal(number.toBigInteger()) : number.stripTrailingZeros());
		}
		if (value instanceof Integer number) {
			return Json.createValue(number);
		}
		if (value instanceof Long number) {
			return Json.createValue(number);
		}
		if (value instanceof Double number) {
			return Json.createValue(number);
		}
		if (value instanceof Boolean bool) {
			return bool ? JsonValue.TRUE : JsonValue.FALSE;
		}
		return Json.createValue(String.valueOf(value));
	}

}
