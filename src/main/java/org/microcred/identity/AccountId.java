package org.microcred.identity;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a person's account across modules. */
public record AccountId(UUID value) implements Serializable {

	public AccountId {
		if (value == null) {
			throw new IllegalArgumentException("An account id needs a value");
		}
	}

	public static AccountId of(String value) {
		return new AccountId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
