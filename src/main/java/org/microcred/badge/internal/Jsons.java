package org.microcred.badge.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * Turns the plain maps and lists other modules produce (e.g. the Achievement) into JSON-P values, in order, through
 * the provider looked up once ({@code Json.create…} scans the class path on every call).
 */
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
			JsonObjectBuilder object = JSON.createObjectBuilder();
			map.forEach((k, v) -> {
				if (v != null) {
					object.add(String.valueOf(k), of(v));
				}
			});
			return object.build();
		}
		if (value instanceof Collection<?> list) {
			JsonArrayBuilder array = JSON.createArrayBuilder();
			list.forEach(v -> array.add(of(v)));
			return array.build();
		}
		if (value instanceof BigDecimal number) {
			return JSON.createValue(number.stripTrailingZeros().scale() <= 0
					? new BigDecimal(number.toBigInteger()) : number.stripTrailingZeros());
		}
		if (value instanceof Integer number) {
			return JSON.createValue(number);
		}
		if (value instanceof Long number) {
			return JSON.createValue(number);
		}
		if (value instanceof Double number) {
			return JSON.createValue(number);
		}
		if (value instanceof Boolean bool) {
			return bool ? JsonValue.TRUE : JsonValue.FALSE;
		}
		return JSON.createValue(String.valueOf(value));
	}

}
