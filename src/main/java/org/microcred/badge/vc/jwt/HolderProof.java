package org.microcred.badge.vc.jwt;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.microcred.badge.vc.keys.DidKey;

/**
 * A wallet's proof of possession of its key (OpenID4VCI "jwt" proof type): a JWT typed
 * {@code openid4vci-proof+jwt}, signed with the holder's key, which is named by {@code kid} as a {@code did:key}
 * (Ed25519) or {@code did:jwk} verification method, or carried as a public {@code jwk} (the holder is then that
 * key's {@code did:jwk}). The signature is checked here; whether audience, nonce and time are the ones expected is
 * the caller's decision.
 */
public final class HolderProof {

	public static final JOSEObjectType TYPE = new JOSEObjectType("openid4vci-proof+jwt");

	/** A proof whose signature verified with the key of {@code holderDid}. */
	public record Proven(String holderDid, String audience, String nonce, Instant issuedAt) {
	}

	/** Why a proof is refused, in the words of the OpenID4VCI error description. */
	public static final class Refused extends RuntimeException {

		public Refused(String description) {
			super(description);
		}

	}

	private HolderProof() {
	}

	public static Proven verify(String compact) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(compact);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new Refused("The proof is not a signed JWT.");
		}
		JWSHeader header = jwt.getHeader();
		if (!TYPE.equals(header.getType())) {
			throw new Refused("The proof's typ must be openid4vci-proof+jwt.");
		}
		Holder holder = holder(header);
		try {
			if (!jwt.verify(verifier(header.getAlgorithm(), holder.key()))) {
				throw new Refused("The proof's signature does not verify with the holder's key.");
			}
		}
		catch (JOSEException ex) {
			throw new Refused("The proof cannot be verified: " + ex.getMessage());
		}
		String audience = claims.getAudience().size() == 1 ? claims.getAudience().get(0) : null;
		Object nonce = claims.getClaim("nonce");
		Date issued = claims.getIssueTime();
		return new Proven(holder.did(), audience, nonce instanceof String n ? n : null,
				issued == null ? null : issued.toInstant());
	}

	private record Holder(String did, JWK key) {
	}

	private static Holder holder(JWSHeader header) {
		String kid = header.getKeyID();
		if (header.getJWK() != null && kid == null) {
			JWK key = header.getJWK();
			if (key.isPrivate()) {
				throw new Refused("The proof's header carries a private key.");
			}
			return new Holder(didJwk(key), key);
		}
		if (kid != null && header.getJWK() == null) {
			String did = kid.contains("#") ? kid.substring(0, kid.indexOf('#')) : kid;
			if (DidKey.isDidKey(did)) {
				try {
					return new Holder(did, new OctetKeyPair.Builder(Curve.Ed25519,
							com.nimbusds.jose.util.Base64URL.encode(DidKey.publicKey(did))).build());
				}
				catch (RuntimeException ex) {
					throw new Refused("The proof's kid is not an Ed25519 did:key.");
				}
			}
			if (did.startsWith("did:jwk:")) {
				try {
					String json = new String(Base64.getUrlDecoder().decode(did.substring("did:jwk:".length())),
							StandardCharsets.UTF_8);
					JWK key = JWK.parse(json);
					if (key.isPrivate()) {
						throw new Refused("The proof's did:jwk carries a private key.");
					}
					return new Holder(did, key);
				}
				catch (ParseException | IllegalArgumentException ex) {
					throw new Refused("The proof's kid is not a valid did:jwk.");
				}
			}
			throw new Refused("The proof's kid must be a did:key or did:jwk verification method.");
		}
		throw new Refused("The proof must name its key with either kid or jwk (one of them).");
	}

	/**
	 * {@code did:jwk}: the public JWK's JSON, base64url-encoded — with its members in lexicographic order (as JCS
	 * would write them), so the same key always makes the same DID whatever order the wallet wrote.
	 */
	static String didJwk(JWK key) {
		String json = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(new java.util.TreeMap<>(key.toPublicJWK().toJSONObject()));
		return "did:jwk:" + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static JWSVerifier verifier(JWSAlgorithm algorithm, JWK key) throws JOSEException {
		if ((JWSAlgorithm.EdDSA.equals(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm)) && key instanceof OctetKeyPair okp
				&& Curve.Ed25519.equals(okp.getCurve())) {
			return BouncyCastleEd25519.verifier(okp.getDecodedX());
		}
		if (JWSAlgorithm.ES256.equals(algorithm) && key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
			return new ECDSAVerifier(ec);
		}
		throw new Refused("The proof's algorithm " + algorithm + " does not fit its key (EdDSA with Ed25519, ES256 with P-256).");
	}

}
