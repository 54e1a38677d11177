package org.microcred.badge.vc.proof;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.jsonld.BundledContexts;
import org.microcred.badge.vc.keys.Ed25519Verifier;
import org.microcred.badge.vc.keys.KeyFormatException;
import org.microcred.badge.vc.keys.Multikey;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * Verifies eddsa-rdfc-2022 proofs, one object or an array of them. Every proof must verify; a proof of
 * another type or cryptosuite, for another purpose, with a malformed value, or over a document whose
 * {@code @context} does not start with the VC 2.0 context, fails with a reason.
 */
public final class ProofVerifier {

	private final EddsaRdfc2022 suite;

	public ProofVerifier(EddsaRdfc2022 suite) {
		this.suite = suite;
	}

	public ProofVerifier() {
		this(new EddsaRdfc2022());
	}

	/** Checks every proof for the {@code assertionMethod} purpose. */
	public ProofResult verify(JsonObject secured, PublicKeyResolver keys) {
		return verify(secured, keys, ProofOptions.ASSERTION_METHOD);
	}

	public ProofResult verify(JsonObject secured, PublicKeyResolver keys, String expectedPurpose) {
		JsonValue proofValue = secured.get("proof");
		if (proofValue == null) {
			return ProofResult.failed("The document has no proof.");
		}
		if (!startsWithCredentialsV2(secured.get("@context"))) {
			return ProofResult.failed("The @context does not start with " + BundledContexts.CREDENTIALS_V2 + ".");
		}
		List<JsonValue> proofs = (proofValue instanceof JsonArray array) ? array : List.of(proofValue);
		if (proofs.isEmpty()) {
			return ProofResult.failed("The proof array is empty.");
		}
		JsonObject unsecured = JSON.createObjectBuilder(secured).remove("proof").build();
		List<ProofResult.Entry> entries = new ArrayList<>();
		for (JsonValue proof : proofs) {
			entries.add(verifyOne(unsecured, proof, keys, expectedPurpose));
		}
		return new ProofResult(entries.stream().allMatch(ProofResult.Entry::verified), entries);
	}

	private ProofResult.Entry verifyOne(JsonObject unsecured, JsonValue proofValue, PublicKeyResolver keys,
			String expectedPurpose) {
		if (!(proofValue instanceof JsonObject proof)) {
			return new ProofResult.Entry(false, null, "A proof is not a JSON object.");
		}
		String method = JsonFields.text(proof, "verificationMethod");
		String problem = problemWith(proof, unsecured, expectedPurpose);
		if (problem != null) {
			return new ProofResult.Entry(false, method, problem);
		}
		try {
			byte[] signature = Multikey.decodeBase58Btc(JsonFields.text(proof, "proofValue"));
			JsonObject config = JSON.createObjectBuilder(proof).remove("proofValue").build();
			JsonObject configWithContext = EddsaRdfc2022.withContext(config, unsecured.get("@context"));
			SigningInput input = this.suite.signingInput(unsecured, configWithContext);
			PublicKeyResolver.ResolvedKey key = keys.resolve(method, expectedPurpose);
			String issuer = JsonFields.issuerId(unsecured);
			if (key.controller() != null && issuer != null && !issuer.equals(key.controller())) {
				return new ProofResult.Entry(false, method, "The key is controlled by " + key.controller()
						+ ", not by the issuer " + issuer + ".");
			}
			if (!Ed25519Verifier.verify(key.publicKey(), input.hashData(), signature)) {
				return new ProofResult.Entry(false, method,
						"The signature does not match: the credential was changed after signing, or signed by"
								+ " another key.");
			}
			if (key.revoked() != null) {
				return withinRevocation(method, JsonFields.text(proof, "created"), key.revoked());
			}
			return new ProofResult.Entry(true, method, "Valid eddsa-rdfc-2022 signature by " + method + ".");
		}
		catch (KeyFormatException ex) {
			return new ProofResult.Entry(false, method, "Malformed proof value or key: " + ex.getMessage());
		}
		catch (CredentialFormatException | KeyResolutionException ex) {
			return new ProofResult.Entry(false, method, ex.getMessage());
		}
	}

	/** A withdrawn key's proof holds only when it says it was made before the key was withdrawn. */
	private static ProofResult.Entry withinRevocation(String method, String created, Instant revoked) {
		Instant made = (created == null) ? null : OffsetDateTime.parse(created).toInstant();
		if (made == null || !made.isBefore(revoked)) {
			return new ProofResult.Entry(false, method, "The key " + method + " was withdrawn by its issuer (reported"
					+ " compromised) as of " + revoked + ", and this credential was signed with it "
					+ (made == null ? "at an unstated time" : "on " + made) + ": the signature cannot be trusted.");
		}
		return new ProofResult.Entry(true, method, "Valid eddsa-rdfc-2022 signature by " + method + ", made on " + made
				+ ", before its issuer withdrew the key as of " + revoked + ".");
	}

	private static String problemWith(JsonObject proof, JsonObject unsecured, String expectedPurpose) {
		if (!EddsaRdfc2022.PROOF_TYPE.equals(JsonFields.text(proof, "type"))) {
			return "Unsupported proof type " + quoted(JsonFields.text(proof, "type")) + "; expected DataIntegrityProof.";
		}
		if (!EddsaRdfc2022.CRYPTOSUITE.equals(JsonFields.text(proof, "cryptosuite"))) {
			return "Unsupported cryptosuite " + quoted(JsonFields.text(proof, "cryptosuite")) + "; expected eddsa-rdfc-2022.";
		}
		if (!expectedPurpose.equals(JsonFields.text(proof, "proofPurpose"))) {
			return "The proof purpose is " + quoted(JsonFields.text(proof, "proofPurpose")) + ", not " + expectedPurpose + ".";
		}
		if (JsonFields.text(proof, "verificationMethod") == null) {
			return "The proof names no verification method.";
		}
		String value = JsonFields.text(proof, "proofValue");
		if (value == null || !value.startsWith("z")) {
			return "The proof value is missing or not base58btc multibase.";
		}
		String created = JsonFields.text(proof, "created");
		if (proof.containsKey("created") && (created == null || !isDateTime(created))) {
			return "The proof's created date is not an XML Schema dateTime.";
		}
		JsonValue context = proof.get("@context");
		if (context != null && !context.equals(unsecured.get("@context"))) {
			return "The proof's @context differs from the document's.";
		}
		return null;
	}


	private static boolean startsWithCredentialsV2(JsonValue context) {
		JsonValue first = (context instanceof JsonArray array && !array.isEmpty()) ? array.get(0) : context;
		return first instanceof JsonString url && BundledContexts.CREDENTIALS_V2.equals(url.getString());
	}

	private static boolean isDateTime(String value) {
		try {
			OffsetDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}


	private static String quoted(String value) {
		return (value == null) ? "(none)" : "\"" + value + "\"";
	}

}
