package org.microcred.badge.internal;

import java.io.StringReader;
import java.util.UUID;

import org.microcred.badge.IssuedCredential;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.platform.ConflictException;
import org.springframework.stereotype.Component;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Re-signs issued credentials with their issuer's current key, keeping their id, content and dates: onto a two-bit
 * message entry when a credential whose copies carry a one-bit revocation entry must say "suspended" (those copies
 * then read revoked for good), or unchanged after the key that signed them was reported compromised.
 */
@Component
public class Resigning {

	private final IssuedStore issued;

	private final StatusListStore statusLists;

	private final IssuerKeys keys;

	private final EddsaRdfc2022 suite;

	Resigning(IssuedStore issued, StatusListStore statusLists, IssuerKeys keys, EddsaRdfc2022 suite) {
		this.issued = issued;
		this.statusLists = statusLists;
		this.keys = keys;
		this.suite = suite;
	}

	/**
	 * The credential's status entry, moved first onto the issuer's message list if it is a one-bit revocation
	 * entry: the credential is re-signed with the new entry, and the old bit is set, since it cannot say
	 * "suspended" and must never read valid after a suspension.
	 */
	public IssuedStore.StatusRef messageEntry(IssuedCredential credential) {
		UUID id = credential.id().value();
		IssuedStore.StatusRef current = issued.statusOf(id).orElseThrow();
		if (statusLists.isMessageList(current.listId())) {
			return current;
		}
		UUID issuer = credential.issuerId().value();
		keys.signer(issuer);
		StatusListStore.Allocation entry = statusLists.allocate(issuer);
		Signed signed = resign(credential.signed(), issuer, entry.entry());
		if (!issued.moveStatus(id, current, entry.listId(), entry.index(), signed)) {
			throw new ConflictException("badge.state.status-changed");
		}
		statusLists.suspend(current.listId(), current.index());
		return issued.statusOf(id).orElseThrow();
	}

	/** A signed document and the number of the issuer's key that signed it. */
	public record Signed(String document, int keyNumber) {
	}

	/**
	 * Re-signs a credential whose copy was signed with a key since reported compromised; false when another worker
	 * re-signed it first.
	 */
	public boolean resignWithCurrentKey(IssuedCredential credential) {
		UUID id = credential.id().value();
		int before = issued.keyNumber(id);
		return issued.replaceSigned(id, before, resign(credential.signed(), credential.issuerId().value(), null));
	}

	/** The signed document re-signed with the issuer's current key, with {@code status} as its entry if given. */
	public Signed resign(String signed, UUID issuer, JsonObject status) {
		JsonObject document = Json.createReader(new StringReader(signed)).readObject();
		JsonObjectBuilder unsigned = Json.createObjectBuilder(document).remove("proof");
		if (status != null) {
			unsigned.add("credentialStatus", status);
		}
		IssuerKeys.Signer signer = keys.signer(issuer);
		return new Signed(suite.sign(unsigned.build(), signer.key(), ProofOptions.assertion(signer.keyId())).toString(),
				signer.number());
	}

}
