package org.microcred.badge.vc.verify;

import java.net.URI;
import java.text.ParseException;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.proof.KeyResolutionException;
import org.microcred.badge.vc.proof.PublicKeyResolver;

/**
 * The public key a VC-JWT's {@code kid} names: a did:key, did:web or HTTPS Multikey (as for Data Integrity
 * proofs), or an HTTPS URL serving a JWK or a JWK set.
 */
final class JwkLookup {

	private final DocumentFetcher fetcher;

	private final PublicKeyResolver multikeys;

	JwkLookup(DocumentFetcher fetcher, PublicKeyResolver multikeys) {
		this.fetcher = fetcher;
		this.multikeys = multikeys;
	}

	JWK find(String kid) {
		try {
			if (!kid.startsWith("https://") && !kid.startsWith("http://")) {
				return okp(assertionKey(kid));
			}
			String text = this.fetcher.fetch(URI.create(DidWeb.withoutFragment(kid)));
			JsonObject document = JsonInput.DEFAULT.parseObject(text);
			if (document.containsKey("kty")) {
				return JWK.parse(text);
			}
			if (document.containsKey("keys")) {
				JWK key = JWKSet.parse(text).getKeyByKeyId(kid);
				return (key != null) ? key : JWKSet.parse(text).getKeyByKeyId(kid.substring(kid.indexOf('#') + 1));
			}
			return okp(assertionKey(kid));
		}
		catch (ParseException | FetchException | IllegalArgumentException | KeyResolutionException ex) {
			throw new CredentialFormatException("The VC-JWT key " + kid + " could not be found: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A VC-JWT signed with a withdrawn key is refused whatever its {@code iat}: unlike a Data Integrity proof,
	 * whose creation time the bound is checked against, a JWT's claims are not covered by that convention.
	 */
	private byte[] assertionKey(String kid) {
		PublicKeyResolver.ResolvedKey key = this.multikeys.resolve(kid, "assertionMethod");
		if (key.revoked() != null) {
			throw new KeyResolutionException("its issuer withdrew it (reported compromised) as of " + key.revoked() + ".");
		}
		return key.publicKey();
	}

	private static JWK okp(byte[] publicKey) {
		return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey)).build();
	}

}
