package org.microcred.badge.vc.jwt;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.OffsetDateTime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.keys.Ed25519KeyPair;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * OB 3.0's JSON Web Token proof format: the JWT payload is the credential plus the claims {@code iss},
 * {@code jti}, {@code sub}, {@code nbf} and {@code exp}; signed EdDSA (Ed25519) or RS256, the key named by
 * {@code kid} or embedded as {@code jwk}. Credentials in the older {@code vc} claim are read too. Which key
 * may be trusted is the caller's decision ({@link KeyLookup}): a key in the header proves nothing by itself.
 */
public final class VcJwt {

	/** The header names no key at all: said the same by every check that meets it. */
	public static final VerificationMessage NO_KEY = VerificationMessage.of("badge.verify.jwt.no-key",
			"The VC-JWT names no key (neither kid nor jwk).");

	/** The issuer's public key for a JOSE header's {@code kid} and/or embedded {@code jwk}. */
	@FunctionalInterface
	public interface KeyLookup {

		/**
		 * @param kid the {@code kid} header, or null
		 * @param embedded the {@code jwk} header, or null
		 * @throws CredentialFormatException when the issuer does not vouch for such a key
		 */
		JWK find(String kid, JWK embedded);

	}

	private VcJwt() {
	}

	public static String signEdDsa(JsonObject credential, Ed25519KeyPair key, String kid) {
		return sign(credential, JWSAlgorithm.EdDSA, kid, BouncyCastleEd25519.signer(key));
	}

	public static String signRs256(JsonObject credential, RSAPrivateKey key, String kid) {
		return sign(credential, JWSAlgorithm.RS256, kid, new RSASSASigner(key));
	}

	/**
	 * The credential carried by a compact JWS, read within the given limits but not yet verified.
	 * @throws CredentialFormatException when it is not a compact JWS with a JSON object payload
	 */
	public static JsonObject credential(String compact, JsonInput limits) {
		return JwtClaims.credential(payload(compact, limits));
	}

	/** The whole JWT payload (claims and credential), read within the given limits but not yet verified. */
	public static JsonObject payload(String compact, JsonInput limits) {
		return limits.parseObject(parse(compact).getPayload().toString());
	}

	/**
	 * Checks the signature with the issuer's key that the header names or carries, as {@code keys} decides.
	 * @return the algorithm, for a report
	 * @throws CredentialFormatException when the key is not trusted or the signature does not verify
	 */
	public static String verifySignature(String compact, KeyLookup keys) {
		JWSObject jws = parse(compact);
		JWSHeader header = jws.getHeader();
		if (header.getKeyID() == null && header.getJWK() == null) {
			throw new CredentialFormatException(NO_KEY);
		}
		JWK key = keys.find(header.getKeyID(), header.getJWK());
		try {
			if (!jws.verify(verifier(header.getAlgorithm(), key))) {
				throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.signature-mismatch",
						"The VC-JWT signature does not match."));
			}
		}
		catch (JOSEException ex) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.unverifiable",
					"The VC-JWT cannot be verified: {0}", String.valueOf(ex.getMessage())), ex);
		}
		return header.getAlgorithm().getName();
	}

	private static JWSObject parse(String compact) {
		try {
			return JWSObject.parse(compact);
		}
		catch (ParseException ex) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.not-jws",
					"The input looks like a VC-JWT but is not a valid compact JWS (three base64url parts separated by"
							+ " dots, the first a JSON header naming its algorithm)."), ex);
		}
	}

	private static String sign(JsonObject credential, JWSAlgorithm algorithm, String kid, JWSSigner signer) {
		JWSHeader header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(kid).build();
		JWSObject jws = new JWSObject(header, new Payload(withClaims(credential).toString()));
		try {
			jws.sign(signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing a VC-JWT failed", ex);
		}
		return jws.serialize();
	}

	private static JsonObject withClaims(JsonObject credential) {
		JsonObjectBuilder payload = JSON.createObjectBuilder(credential);
		String issuerId = JsonFields.issuerId(credential);
		if (issuerId != null) {
			payload.add("iss", issuerId);
		}
		if (credential.get("id") instanceof JsonString id) {
			payload.add("jti", id.getString());
		}
		if (credential.get("credentialSubject") instanceof JsonObject subject && subject.get("id") instanceof JsonString id) {
			payload.add("sub", id.getString());
		}
		addEpochSeconds(payload, "nbf", credential.get("validFrom"));
		addEpochSeconds(payload, "exp", credential.get("validUntil"));
		return payload.build();
	}

	private static void addEpochSeconds(JsonObjectBuilder payload, String claim, JsonValue date) {
		if (date instanceof JsonString text) {
			payload.add(claim, OffsetDateTime.parse(text.getString()).toEpochSecond());
		}
	}

	private static JWSVerifier verifier(JWSAlgorithm algorithm, JWK key) throws JOSEException {
		if ((JWSAlgorithm.EdDSA.equals(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm)) && key instanceof OctetKeyPair okp) {
			return BouncyCastleEd25519.verifier(okp.getDecodedX());
		}
		if (JWSAlgorithm.RS256.equals(algorithm) && key instanceof RSAKey rsa) {
			RSAPublicKey publicKey = rsa.toRSAPublicKey();
			return new RSASSAVerifier(publicKey);
		}
		throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.algorithm-mismatch",
				"The VC-JWT algorithm {0} does not fit its key.", String.valueOf(algorithm)));
	}

}
