package org.microcred.badge.vc;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.microcred.badge.vc.keys.Ed25519KeyPair;

/**
 * Makes compact JWS by hand (no JOSE library), the way a forger would: any header, any payload, signed with
 * any Ed25519 key. For the tests and interoperability fixtures that the verifier must refuse.
 */
public final class JwtForge {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private JwtForge() {
	}

	/** {@code BASE64URL(header) . BASE64URL(payload) . BASE64URL(Ed25519 signature)}. */
	public static String compact(JsonObject header, JsonObject payload, Ed25519KeyPair key) {
		String input = encode(header.toString()) + "." + encode(payload.toString());
		return input + "." + BASE64URL.encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
	}

	/** An EdDSA JOSE header naming a key by {@code kid}. */
	public static JsonObject kidHeader(String kid) {
		return Json.createObjectBuilder().add("alg", "EdDSA").add("typ", "JWT").add("kid", kid).build();
	}

	/** An EdDSA JOSE header carrying the public key itself ({@code jwk}). */
	public static JsonObject jwkHeader(Ed25519KeyPair key) {
		return Json.createObjectBuilder().add("alg", "EdDSA").add("typ", "JWT").add("jwk", publicJwk(key)).build();
	}

	public static JsonObject publicJwk(Ed25519KeyPair key) {
		return Json.createObjectBuilder().add("kty", "OKP").add("crv", "Ed25519")
			.add("x", BASE64URL.encodeToString(key.publicKey())).build();
	}

	/** The credential with the OB 3.0 claims {@code iss}, {@code jti}, {@code sub}, {@code nbf}, {@code exp} it implies. */
	public static JsonObjectBuilder payload(JsonObject credential) {
		JsonObjectBuilder payload = Json.createObjectBuilder(credential)
			.add("iss", JsonFields.issuerId(credential))
			.add("jti", credential.getString("id"))
			.add("nbf", OffsetDateTime.parse(credential.getString("validFrom")).toEpochSecond());
		if (credential.getJsonObject("credentialSubject").get("id") instanceof JsonString subject) {
			payload.add("sub", subject.getString());
		}
		if (credential.get("validUntil") instanceof JsonString until) {
			payload.add("exp", OffsetDateTime.parse(until.getString()).toEpochSecond());
		}
		return payload;
	}

	private static String encode(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
