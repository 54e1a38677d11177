package org.microcred.platform;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Msg} kept in a text column (an audit entry, a problem found in an upload), so it is shown later in the
 * language of whoever reads it: stored as {@code {"key":…,"args":[…]}}. Whole numbers stay numbers (so
 * {@code {0,choice,…}} and the reader's digit grouping work), messages stay messages, anything else is kept as text.
 * Text written before messages were stored this way reads back as it is.
 */
public final class StoredMessages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PREFIX = "{\"key\":";

	private StoredMessages() {
	}

	/**
	 * The message as text for a column of {@code maxLength} characters: arguments are shortened until it fits.
	 * Null stays null.
	 */
	public static String encode(Msg message, int maxLength) {
		if (message == null) {
			return null;
		}
		for (int argument = 200; argument >= 10; argument /= 2) {
			String text = JSON.writeValueAsString(node(message, argument));
			if (text.length() <= maxLength) {
				return text;
			}
		}
		return JSON.writeValueAsString(node(new Msg(message.key()), 0));
	}

	/** The message stored in a column; null stays null, and older plain text is shown as it is. */
	public static Msg decode(String stored) {
		if (stored == null) {
			return null;
		}
		if (stored.startsWith(PREFIX)) {
			try {
				return message(JSON.readTree(stored));
			}
			catch (JacksonException | IllegalArgumentException ex) {
				// not one of ours after all: shown as written
			}
		}
		return new Msg(stored);
	}

	private static ObjectNode node(Msg message, int maxArgument) {
		ObjectNode node = JSON.createObjectNode();
		node.put("key", message.key());
		ArrayNode args = node.putArray("args");
		for (Object arg : message.args()) {
			if (arg instanceof Msg nested) {
				args.add(node(nested, maxArgument));
			}
			else if (arg == null) {
				args.addNull();
			}
			else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
				args.add(((Number) arg).longValue());
			}
			else {
				String text = arg.toString();
				args.add(text.length() > maxArgument ? text.substring(0, maxArgument) + "…" : text);
			}
		}
		return node;
	}

	private static Msg message(JsonNode node) {
		if (!node.isObject() || !node.path("key").isString()) {
			throw new IllegalArgumentException("not a stored message");
		}
		List<Object> args = new ArrayList<>();
		for (JsonNode arg : node.path("args")) {
			args.add(arg.isObject() ? message(arg) : arg.isNull() ? null : arg.isIntegralNumber() ? arg.asLong() : arg.asString());
		}
		return new Msg(node.path("key").asString(), args.toArray());
	}

}
