package org.microcred.platform;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message for a person, as a key of the message bundles ({@code messages*.properties}) and its arguments,
 * resolved in the reader's language when shown. A key the bundles do not know is shown as it is, so plain text
 * still reads (the bundle tests make sure no such text is left in the code).
 *
 * @param key the bundle key, e.g. {@code learning.evidence.too-large}
 * @param args values for its {@code {0}}, {@code {1}}… placeholders; a {@code Msg} among them is resolved too
 */
public record Msg(String key, Object... args) implements MessageSourceResolvable, Serializable {

	public static Msg of(String key, Object... args) {
		return new Msg(key, args);
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args;
	}

	@Override
	public String getDefaultMessage() {
		return key;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Msg msg && key.equals(msg.key) && Arrays.equals(args, msg.args);
	}

	@Override
	public int hashCode() {
		return key.hashCode() * 31 + Arrays.hashCode(args);
	}

	@Override
	public String toString() {
		return args.length == 0 ? key : key + Arrays.toString(args);
	}

}
