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
			throw new CredentialFormatException("The credential names no issuer, so no key can be trusted for it.");
		}
		if (embedded != null && embedded.isPrivate()) {
			throw new CredentialFormatException("The VC-JWT header carries a private key; it is refused.");
		}
		JWK key;
		try {
			key = (kid != null) ? byKid(kid, issuer) : byEmbeddedKey(embedded, issuer);
		}
		catch (KeyResolutionException | FetchException ex) {
			throw new CredentialFormatException("No key of the issuer " + issuer + " could be found for this VC-JWT: "
					+ ex.getMessage(), ex);
		}
		if (kid != null && embedded != null && !samePublicKey(key, embedded)) {
			throw new CredentialFormatException("The key in the VC-JWT header (jwk) is not the key its kid names.");
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
			throw new CredentialFormatException("The VC-JWT is signed with the key " + kid + ", which belongs to "
					+ key.controller() + ", not to the issuer " + issuer + ".");
		}
		if (key.revoked() != null) {
			// unlike a Data Integrity proof's creation time, nothing in a JWT dates the signature against the bound
			throw new CredentialFormatException("The VC-JWT is signed with the key " + kid + ", which its issuer "
					+ "withdrew (reported compromised) as of " + key.revoked() + ": the signature cannot be trusted.");
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
					throw new CredentialFormatException("The key set at " + kid + " has no key " + kid + ".");
				}
				return key;
			}
			return null;
		}
		catch (ParseException ex) {
			throw new CredentialFormatException("The key at " + kid + " is not a valid JSON Web Key.", ex);
		}
	}

	/** A bare JWK says nothing of who controls it: the issuer's own document must list it. */
	private JWK listedByIssuer(String kid, JWK key, String issuer) {
		if (DidKey.isDidKey(issuer)) {
			throw new CredentialFormatException("The key " + kid + " cannot belong to the did:key issuer " + issuer + ".");
		}
		JsonObject document = this.methods.controllerDocument(issuer);
		if (!VerificationMethodResolver.lists(document.get(PURPOSE), issuer, kid)) {
			throw new CredentialFormatException("The key " + kid + " is not listed under assertionMethod by the issuer "
					+ issuer + "'s DID document or profile.");
		}
		return key;
	}

	private JWK byEmbeddedKey(JWK embedded, String issuer) {
		if (embedded == null) {
			throw new CredentialFormatException("The VC-JWT names no key (neither kid nor jwk).");
		}
		for (JWK candidate : issuerKeys(issuer)) {
			if (samePublicKey(candidate, embedded)) {
				return candidate;
			}
		}
		throw new CredentialFormatException("The key in the VC-JWT header is not one of the issuer " + issuer
				+ "'s keys: anyone can put a key there; only the issuer's DID document or profile can vouch for it.");
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
					throw new CredentialFormatException("The key " + JsonFields.text(method, "id") + " is published with its private part.");
				}
				return key;
			}
			catch (ParseException ex) {
				throw new CredentialFormatException("The key " + JsonFields.text(method, "id") + " is not a valid JSON Web Key.", ex);
			}
		}
		throw new KeyFormatException("The key " + JsonFields.text(method, "id") + " has neither publicKeyMultibase nor publicKeyJwk.");
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
