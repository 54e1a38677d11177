package org.microcred.badge.internal;

import java.io.StringReader;

import jakarta.json.JsonObject;
import org.microcred.badge.IssuedCredential;
import org.microcred.badge.vc.jwt.VcJwt;
import org.springframework.stereotype.Component;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * The VC-JWT form of an issued credential (OB 3.0 §8.2): the same credential, without its Data Integrity proof,
 * as the payload of a compact JWS signed EdDSA by the issuer's current key, named by {@code kid} as the
 * verification method in the issuer's DID document, with {@code iss}, {@code jti}, {@code sub}, {@code nbf} and
 * {@code exp} taken from the credential. Ed25519 signatures are deterministic: the same credential and key give
 * the same token, so it needs no storage and a client can revalidate it by ETag.
 */
@Component
public class CredentialJwts {

	private final IssuerKeys keys;

	CredentialJwts(IssuerKeys keys) {
		this.keys = keys;
	}

	public String of(IssuedCredential credential) {
		JsonObject signed = JSON.createReader(new StringReader(credential.signed())).readObject();
		JsonObject withoutProof = JSON.createObjectBuilder(signed).remove("proof").build();
		IssuerKeys.Signer signer = keys.signer(credential.issuerId().value());
		return VcJwt.signEdDsa(withoutProof, signer.key(), signer.keyId());
	}

}
