package org.microcred.badge.vc;

import java.util.HexFormat;

import jakarta.json.JsonObject;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * How a credential names its earner without showing the e-mail address: an OB 3.0 {@code IdentityObject}
 * holding {@code sha256$<hex>} of the address followed by a salt.
 */
public final class Recipients {

	private Recipients() {
	}

	/** {@code sha256$} + lower-case hex SHA-256 of {@code email + salt}. */
	public static String hashedEmail(String email, String salt) {
		return "sha256$" + HexFormat.of().formatHex(Sha256.of(email + salt));
	}

	/** The {@code credentialSubject.identifier} entry for a hashed, salted e-mail address. */
	public static JsonObject hashedEmailIdentity(String email, String salt) {
		return JSON.createObjectBuilder()
			.add("type", "IdentityObject")
			.add("hashed", true)
			.add("identityHash", hashedEmail(email, salt))
			.add("identityType", "emailAddress")
			.add("salt", salt)
			.build();
	}

}
