package org.microcred.badge.vc.verify;

import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.jwt.VcJwt;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.KeyFormatException;
import org.microcred.badge.vc.keys.Multikey;
import org.microcred.badge.vc.proof.KeyResolutionException;

/**
 * The only keys a VC-JWT may be signed with: those the credential's issuer vouches for. Anyone can put a key in
 * a JOSE header ({@code jwk}) or name their own did:key as {@code kid}; such a key counts only when the
 * issuer's DID document or profile lists it under {@code assertionMethod} (a did:key issuer is its one key).
 */
final class JwtIssuerKeys {

	private static final String PURPOSE = "assertionMethod";

	private final DocumentFetcher fetcher;

	private final VerificationMethodResolver methods;

	JwtIssuerKeys(DocumentFetcher fetcher, VerificationMethodResolver methods) {
		this.fetcher = fetcher;
		this.methods = methods;
	}

	/**
	 * The issuer's public key the header names ({@code kid}) or carries ({@code jwk}).
	 * @throws CredentialFormatException saying in plain words why no key of the issuer could be found
	 */
	JWK find(String kid, JWK embedded, String issuer) {
		if (issuer == null) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.no-issuer",
					"The credential names no issuer, so no key can be trusted for it."));
		}
		if (embedded != null && embedded.isPrivate()) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.private-key",
					"The VC-JWT header carries a private key; it is refused."));
		}
		JWK key;
		try {
			key = (kid != null) ? byKid(kid, issuer) : byEmbeddedKey(embedded, issuer);
		}
		catch (KeyResolutionException | FetchException ex) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.no-issuer-key",
					"No key of the issuer {0} could be found for this VC-JWT: {1}", issuer, VerificationMessage.of(ex)), ex);
		}
		if (kid != null && embedded != null && !samePublicKey(key, embedded)) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.jwk-not-kid",
					"The key in the VC-JWT header (jwk) is not the key its kid names."));
		}
		return key;
	}

	private JWK byKid(String kid, String issuer) {
		if (kid.startsWith("https://") || kid.startsWith("http://")) {
			JWK listed = publishedJwk(kid);
			if (listed != null) {
				return listedByIssuer(kid, listed, issuer);
			}
		}
		VerificationMethodResolver.ControllerKey key = this.methods.controllerKey(kid, PURPOSE);
		if (!issuer.equals(key.controller())) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.other-controller",
					"The VC-JWT is signed with the key {0}, which belongs to {1}, not to the issuer {2}.", kid,
					key.controller(), issuer));
		}
		if (key.revoked() != null) {
			// unlike a Data Integrity proof's creation time, nothing in a JWT dates the signature against the bound
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.withdrawn",
					"The VC-JWT is signed with the key {0}, which its issuer withdrew (reported compromised) as of {1}:"
							+ " the signature cannot be trusted.", kid, key.revoked().toString()));
		}
		return jwk(key.method());

	}

	/** A bare JWK or JWK set at an HTTPS kid, or null when the kid is a controlled verification method. */
	private JWK publishedJwk(String kid) {
		String text = this.fetcher.fetch(URI.create(DidWeb.withoutFragment(kid)));
		JsonObject document = JsonInput.DEFAULT.parseObject(text);
		try {
			if (document.containsKey("kty")) {
				return JWK.parse(text);
			}
			if (document.containsKey("keys")) {
				JWKSet set = JWKSet.parse(text);
				JWK key = set.getKeyByKeyId(kid);
				key = (key != null) ? key : set.getKeyByKeyId(kid.substring(kid.indexOf('#') + 1));
				if (key == null) {
					throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.not-in-set",
							"The key set at {0} has no key {0}.", kid));
				}
				return key;
			}
			return null;
		}
		catch (ParseException ex) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.not-jwk-at",
					"The key at {0} is not a valid JSON Web Key.", kid), ex);
		}
	}

	/** A bare JWK says nothing of who controls it: the issuer's own document must list it. */
	private JWK listedByIssuer(String kid, JWK key, String issuer) {
		if (DidKey.isDidKey(issuer)) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.did-key-issuer",
					"The key {0} cannot belong to the did:key issuer {1}.", kid, issuer));
		}
		JsonObject document = this.methods.controllerDocument(issuer);
		if (!VerificationMethodResolver.lists(document.get(PURPOSE), issuer, kid)) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.not-listed",
					"The key {0} is not listed under assertionMethod by the issuer {1}''s DID document or profile.", kid,
					issuer));
		}
		return key;
	}

	private JWK byEmbeddedKey(JWK embedded, String issuer) {
		if (embedded == null) {
			throw new CredentialFormatException(VcJwt.NO_KEY);
		}
		for (JWK candidate : issuerKeys(issuer)) {
			if (samePublicKey(candidate, embedded)) {
				return candidate;
			}
		}
		throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.embedded-not-issuers",
				"The key in the VC-JWT header is not one of the issuer {0}''s keys: anyone can put a key there; only the"
						+ " issuer''s DID document or profile can vouch for it.", issuer));
	}

	/** The keys the issuer lists for assertions, as JWKs (methods that cannot be read as one are left out). */
	private Iterable<JWK> issuerKeys(String issuer) {
		if (DidKey.isDidKey(issuer)) {
			return List.of(okp(DidKey.publicKey(issuer)));
		}
		JsonObject document = this.methods.controllerDocument(issuer);
		List<JWK> keys = new ArrayList<>();
		if (document.get(PURPOSE) instanceof JsonArray listed) {
			for (JsonValue entry : listed) {
				JsonObject method = (entry instanceof JsonObject object) ? object
						: (entry instanceof JsonString id)
								? VerificationMethodResolver.find(document.get("verificationMethod"), issuer, id.getString()) : null;
				if (method != null) {
					try {
						keys.add(jwk(method));
					}
					catch (CredentialFormatException ex) {
						// a key of another kind cannot have made this signature
					}
				}
			}
		}
		return keys;
	}

	/** A verification method (Multikey or JsonWebKey) as a public JWK. */
	private static JWK jwk(JsonObject method) {
		String multibase = JsonFields.text(method, "publicKeyMultibase");
		if (multibase != null) {
			return okp(Multikey.decodePublicKey(multibase));
		}
		if (method.get("publicKeyJwk") instanceof JsonObject jwk) {
			try {
				JWK key = JWK.parse(jwk.toString());
				if (key.isPrivate()) {
					throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.published-private",
							"The key {0} is published with its private part.", String.valueOf(JsonFields.text(method, "id"))));
				}
				return key;
			}
			catch (ParseException ex) {
				throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.not-jwk",
						"The key {0} is not a valid JSON Web Key.", String.valueOf(JsonFields.text(method, "id"))), ex);
			}
		}
		throw new KeyFormatException(VerificationMessage.of("badge.verify.jwt.no-public-key",
				"The key {0} has neither publicKeyMultibase nor publicKeyJwk.", String.valueOf(JsonFields.text(method, "id"))));
	}

	private static JWK okp(byte[] publicKey) {
		return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey)).build();
	}

	private static boolean samePublicKey(JWK a, JWK b) {
		try {
			return a.computeThumbprint().equals(b.computeThumbprint());
		}
		catch (JOSEException ex) {
			return false;
		}
	}

}
