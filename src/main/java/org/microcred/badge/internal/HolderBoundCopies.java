package org.microcred.badge.internal;

import java.util.UUID;

import jakarta.json.JsonObject;
import org.microcred.badge.IssuedCredential;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.springframework.stereotype.Component;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * A copy of an issued credential for the wallet holding it: the same id, claims, dates and status entry, with
 * {@code credentialSubject.id} set to the wallet's DID (which proved it holds the key), signed afresh by the
 * issuer's current key — as Data Integrity or as a VC-JWT, whose {@code sub} is then that DID.
 */
@Component
public class HolderBoundCopies {

	private final IssuerKeys keys;

	private final EddsaRdfc2022 suite;

	private final CredentialJwts jwts;

	HolderBoundCopies(IssuerKeys keys, EddsaRdfc2022 suite, CredentialJwts jwts) {
		this.keys = keys;
		this.suite = suite;
		this.jwts = jwts;
	}

	public JsonObject dataIntegrity(IssuedCredential credential, String holderDid) {
		UUID issuer = credential.issuerId().value();
		IssuerKeys.Signer signer = keys.signer(issuer);
		return suite.sign(bound(credential, holderDid), signer.key(), ProofOptions.assertion(signer.keyId()));
	}

	public String jwt(IssuedCredential credential, String holderDid) {
		return jwts.of(bound(credential, holderDid), credential.issuerId().value());
	}

	private static JsonObject bound(IssuedCredential credential, String holderDid) {
		JsonObject unsigned = CredentialJwts.withoutProof(credential.signed());
		JsonObject subject = JSON.createObjectBuilder(unsigned.getJsonObject("credentialSubject"))
			.add("id", holderDid)
			.build();
		return JSON.createObjectBuilder(unsigned).add("credentialSubject", subject).build();
	}

}
