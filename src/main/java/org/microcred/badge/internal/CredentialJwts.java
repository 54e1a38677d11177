package org.microcred.badge.internal;

import java.io.StringReader;
import java.util.UUID;

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
		return of(withoutProof(credential.signed()), credential.issuerId().value());
	}

	/** An unsigned credential of the issuer as a VC-JWT. */
	public String of(JsonObject unsigned, UUID issuer) {
		IssuerKeys.Signer signer = keys.signer(issuer);
		return VcJwt.signEdDsa(unsigned, signer.key(), signer.keyId());
	}

	static JsonObject withoutProof(String signed) {
		JsonObject document = JSON.createReader(new StringReader(signed)).readObject();
		return JSON.createObjectBuilder(document).remove("proof").build();
	}

}
