package org.microcred.badge.vc.proof;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.VerificationMessage;
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
			return ProofResult.failed(ProofResult.NO_PROOF);
		}
		if (!startsWithCredentialsV2(secured.get("@context"))) {
			return ProofResult.failed(VerificationMessage.of("badge.verify.proof.context",
					"The @context does not start with {0}.", BundledContexts.CREDENTIALS_V2));
		}
		List<JsonValue> proofs = (proofValue instanceof JsonArray array) ? array : List.of(proofValue);
		if (proofs.isEmpty()) {
			return ProofResult.failed(VerificationMessage.of("badge.verify.proof.empty", "The proof array is empty."));
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
			return new ProofResult.Entry(false, null,
					VerificationMessage.of("badge.verify.proof.not-object", "A proof is not a JSON object."));
		}
		String method = JsonFields.text(proof, "verificationMethod");
		VerificationMessage problem = problemWith(proof, unsecured, expectedPurpose);
		if (problem != null) {
			return new ProofResult.Entry(false, method, problem);
		}
		try {
			byte[] signature = Multikey.decodeBase58Btc(JsonFields.text(proof, "proofValue"));
			JsonObject config = JSON.createObjectBuilder(proof).remove("proofValue").build();
			JsonObject configWithContext = EddsaRdfc2022.withContext(config, unsecured.get("@context"));
			byte[] hashData = this.suite.hashData(unsecured, configWithContext);
			PublicKeyResolver.ResolvedKey key = keys.resolve(method, expectedPurpose);
			String issuer = JsonFields.issuerId(unsecured);
			if (key.controller() != null && issuer != null && !issuer.equals(key.controller())) {
				return new ProofResult.Entry(false, method, VerificationMessage.of("badge.verify.proof.other-controller",
						"The key is controlled by {0}, not by the issuer {1}.", key.controller(), issuer));
			}
			if (!Ed25519Verifier.verify(key.publicKey(), hashData, signature)) {
				return new ProofResult.Entry(false, method, VerificationMessage.of("badge.verify.proof.mismatch",
						"The signature does not match: the credential was changed after signing, or signed by another key."));
			}
			if (key.revoked() != null) {
				return withinRevocation(method, JsonFields.text(proof, "created"), key.revoked());
			}
			return new ProofResult.Entry(true, method, VerificationMessage.of("badge.verify.proof.valid",
					"Valid eddsa-rdfc-2022 signature by {0}.", method));
		}
		catch (KeyFormatException ex) {
			return new ProofResult.Entry(false, method, VerificationMessage.of("badge.verify.proof.malformed",
					"Malformed proof value or key: {0}", ex.detail()));
		}
		catch (CredentialFormatException | KeyResolutionException ex) {
			return new ProofResult.Entry(false, method, VerificationMessage.of(ex));
		}
	}

	/** A withdrawn key's proof holds only when it says it was made before the key was withdrawn. */
	private static ProofResult.Entry withinRevocation(String method, String created, Instant revoked) {
		Instant made = (created == null) ? null : OffsetDateTime.parse(created).toInstant();
		if (made == null || !made.isBefore(revoked)) {
			return new ProofResult.Entry(false, method, (made == null)
					? VerificationMessage.of("badge.verify.proof.withdrawn-undated", "The key {0} was withdrawn by its"
							+ " issuer (reported compromised) as of {1}, and this credential was signed with it at an"
							+ " unstated time: the signature cannot be trusted.", method, revoked.toString())
					: VerificationMessage.of("badge.verify.proof.withdrawn", "The key {0} was withdrawn by its issuer"
							+ " (reported compromised) as of {1}, and this credential was signed with it on {2}: the"
							+ " signature cannot be trusted.", method, revoked.toString(), made.toString()));
		}
		return new ProofResult.Entry(true, method, VerificationMessage.of("badge.verify.proof.valid-before-withdrawal",
				"Valid eddsa-rdfc-2022 signature by {0}, made on {1}, before its issuer withdrew the key as of {2}.", method,
				made.toString(), revoked.toString()));
	}

	private static VerificationMessage problemWith(JsonObject proof, JsonObject unsecured, String expectedPurpose) {
		if (!EddsaRdfc2022.PROOF_TYPE.equals(JsonFields.text(proof, "type"))) {
			return VerificationMessage.of("badge.verify.proof.type", "Unsupported proof type {0}; expected DataIntegrityProof.",
					quoted(JsonFields.text(proof, "type")));
		}
		if (!EddsaRdfc2022.CRYPTOSUITE.equals(JsonFields.text(proof, "cryptosuite"))) {
			return VerificationMessage.of("badge.verify.proof.cryptosuite",
					"Unsupported cryptosuite {0}; expected eddsa-rdfc-2022.", quoted(JsonFields.text(proof, "cryptosuite")));
		}
		if (!expectedPurpose.equals(JsonFields.text(proof, "proofPurpose"))) {
			return VerificationMessage.of("badge.verify.proof.purpose", "The proof purpose is {0}, not {1}.",
					quoted(JsonFields.text(proof, "proofPurpose")), expectedPurpose);
		}
		if (JsonFields.text(proof, "verificationMethod") == null) {
			return VerificationMessage.of("badge.verify.proof.no-method", "The proof names no verification method.");
		}
		String value = JsonFields.text(proof, "proofValue");
		if (value == null || !value.startsWith("z")) {
			return VerificationMessage.of("badge.verify.proof.no-value",
					"The proof value is missing or not base58btc multibase.");
		}
		String created = JsonFields.text(proof, "created");
		if (proof.containsKey("created") && (created == null || !isDateTime(created))) {
			return VerificationMessage.of("badge.verify.proof.created",
					"The proof's created date is not an XML Schema dateTime.");
		}
		JsonValue context = proof.get("@context");
		if (context != null && !context.equals(unsecured.get("@context"))) {
			return VerificationMessage.of("badge.verify.proof.context-differs",
					"The proof's @context differs from the document's.");
		}
		return null;
	}


	private static boolean startsWithCredentialsV2(JsonValue context) {
		JsonValue first = (context instanceof JsonArray array && !array.isEmpty()) ? array.get(0) : context;
		return first instanceof JsonString url && BundledContexts.CREDENTIALS_V2.equals(url.getString());
	}

	private static boolean isDateTime(String value) {
		if (isPlainUtcDateTime(value)) {
			return true;
		}
		try {
			OffsetDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}


	/**
	 * The form every issuer here writes ({@code 2026-05-01T10:00:00Z}), checked without the cost of a full parse
	 * (a few percent of a verification); anything else goes to {@link OffsetDateTime#parse}.
	 */
	static boolean isPlainUtcDateTime(String value) {
		if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
				|| value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
			return false;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 2);
		int day = digits(value, 8, 2);
		int hour = digits(value, 11, 2);
		int minute = digits(value, 14, 2);
		int second = digits(value, 17, 2);
		return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
				&& hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
	}

	private static int digits(String value, int from, int count) {
		int result = 0;
		for (int i = from; i < from + count; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}

	private static Object quoted(String value) {
		return (value == null) ? VerificationMessage.of("badge.verify.none", "(none)") : "\"" + value + "\"";
	}

}
