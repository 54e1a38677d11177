package org.microcred.badge.vc.proof;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed credential verifies, and any change to it, or to its proof, makes verification fail. */
class ProofVerificationTests {

	private final Ed25519KeyPair key = Ed25519KeyPair.generate();

	private final String method = DidKey.verificationMethodId(this.key.publicKeyMultibase());

	private final PublicKeyResolver keys = (vm, purpose) -> new PublicKeyResolver.ResolvedKey(DidKey.publicKey(vm), null);

	private final EddsaRdfc2022 suite = new EddsaRdfc2022();

	private final ProofVerifier verifier = new ProofVerifier(this.suite);

	private final JsonObject signed = this.suite.sign(SampleCredentials.microCredential(), this.key,
			ProofOptions.assertion(this.method).createdAt(Instant.parse("2026-05-01T10:00:00Z")));

	@Test
	void aFreshlySignedCredentialVerifiesWithItsProofAsAnArray() {
		assertThat(this.signed.get("proof")).isInstanceOf(JsonArray.class);
		assertThat(this.verifier.verify(this.signed, this.keys).verified()).isTrue();
	}

	@Test
	void changingAnyLeafValueBreaksTheSignature() {
		List<JsonObject> mutants = new ArrayList<>();
		collectMutants(this.signed, UnaryOperator.identity(), mutants);
		assertThat(mutants).hasSizeGreaterThan(60);
		for (JsonObject mutant : mutants) {
			ProofResult result = this.verifier.verify(mutant, this.keys);
			assertThat(result.verified()).as("mutant %s", mutant).isFalse();
		}
	}

	@Test
	void aVerifierThatCachedADesignsSharedPartStillRejectsEveryChangeToAnyPart() {
		SampleCredentials.Design design = SampleCredentials.fullDesign();
		java.util.Random random = new java.util.Random(17);
		ProofOptions options = ProofOptions.assertion(this.method);
		JsonObject original = null;
		for (int i = 0; i < 10; i++) {
			original = JsonInput.DEFAULT.parseObject(this.suite.sign(design.credential(random), this.key, options).toString());
			assertThat(this.verifier.verify(original, this.keys).verified()).isTrue();
		}
		List<JsonObject> mutants = new ArrayList<>();
		collectMutants(original, UnaryOperator.identity(), mutants);
		assertThat(mutants).hasSizeGreaterThan(60);
		for (JsonObject mutant : mutants) {
			assertThat(this.verifier.verify(mutant, this.keys).verified()).as("mutant %s", mutant).isFalse();
			assertThat(this.verifier.verify(original, this.keys).verified()).isTrue();
		}
	}

	@Test
	void rejectsUnknownCryptosuiteWrongPurposeBadMultibaseAndMissingProof() {
		assertFails(proofWith("cryptosuite", "ecdsa-rdfc-2019"), "Unsupported cryptosuite");
		assertFails(proofWith("type", "Ed25519Signature2020"), "Unsupported proof type");
		assertFails(proofWith("proofPurpose", "authentication"), "proof purpose");
		assertFails(proofWith("proofValue", "u" + "A".repeat(86)), "base58btc");
		assertFails(proofWith("proofValue", "z0OIl"), "Malformed");
		assertFails(proofWith("proofValue", "z3" + "1".repeat(20)), "signature does not match");
		assertFails(Json.createObjectBuilder(this.signed).remove("proof").build(), "no proof");
	}

	@Test
	void rejectsASignatureByAnotherKey() {
		PublicKeyResolver otherKey = (vm, purpose) -> new PublicKeyResolver.ResolvedKey(Ed25519KeyPair.generate().publicKey(), null);

		assertThat(this.verifier.verify(this.signed, otherKey).summary()).contains("signature does not match");
	}

	@Test
	void rejectsContextsInTheWrongOrder() {
		JsonArray context = this.signed.getJsonArray("@context");
		JsonObject reordered = Json.createObjectBuilder(this.signed)
			.add("@context", Json.createArrayBuilder().add(context.get(1)).add(context.get(0)).add(context.get(2)))
			.build();

		assertFails(reordered, "does not start with https://www.w3.org/ns/credentials/v2");
	}

	@Test
	void acceptsASingleProofObjectAndRequiresEveryProofOfAnArrayToVerify() {
		JsonObject single = this.suite.sign(SampleCredentials.microCredential(), this.key,
				ProofOptions.assertion(this.method).asSingleObject());
		assertThat(single.get("proof")).isInstanceOf(JsonObject.class);
		assertThat(this.verifier.verify(single, this.keys).verified()).isTrue();

		JsonObject good = this.signed.getJsonArray("proof").getJsonObject(0);
		JsonObject bad = Json.createObjectBuilder(good).add("cryptosuite", "unknown-2099").build();
		JsonObject twoProofs = Json.createObjectBuilder(this.signed)
			.add("proof", Json.createArrayBuilder().add(good).add(bad))
			.build();
		ProofResult result = this.verifier.verify(twoProofs, this.keys);
		assertThat(result.verified()).isFalse();
		assertThat(result.proofs()).extracting(ProofResult.Entry::verified).containsExactly(true, false);
	}

	private void assertFails(JsonObject document, String reason) {
		ProofResult result = this.verifier.verify(document, this.keys);
		assertThat(result.verified()).isFalse();
		assertThat(result.summary()).contains(reason);
	}

	private JsonObject proofWith(String field, String value) {
		JsonObject proof = this.signed.getJsonArray("proof").getJsonObject(0);
		return Json.createObjectBuilder(this.signed)
			.add("proof", Json.createArrayBuilder().add(Json.createObjectBuilder(proof).add(field, value)))
			.build();
	}

	/** One mutant per leaf: the leaf replaced by a different value of the same JSON type. */
	private static void collectMutants(JsonValue value, UnaryOperator<JsonValue> rebuild, List<JsonObject> out) {
		if (value instanceof JsonObject object) {
			for (String key : object.keySet()) {
				collectMutants(object.get(key), v -> rebuild.apply(replace(object, key, v)), out);
			}
		}
		else if (value instanceof JsonArray array) {
			for (int i = 0; i < array.size(); i++) {
				int index = i;
				collectMutants(array.get(i), v -> rebuild.apply(replace(array, index, v)), out);
			}
		}
		else {
			out.add(rebuild.apply(mutate(value)).asJsonObject());
		}
	}

	private static JsonValue mutate(JsonValue leaf) {
		if (leaf instanceof JsonString string) {
			String text = string.getString();
			return Json.createValue(text.isEmpty() ? "x" : text.substring(0, text.length() - 1) + (text.endsWith("x") ? "y" : "x"));
		}
		if (leaf instanceof JsonNumber number) {
			return Json.createValue(number.doubleValue() + 1);
		}
		return (leaf == JsonValue.TRUE) ? JsonValue.FALSE : JsonValue.TRUE;
	}

	private static JsonObject replace(JsonObject object, String key, JsonValue value) {
		JsonObjectBuilder builder = Json.createObjectBuilder(object);
		return builder.add(key, value).build();
	}

	private static JsonArray replace(JsonArray array, int index, JsonValue value) {
		JsonArrayBuilder builder = Json.createArrayBuilder(array);
		return builder.set(index, value).build();
	}

}
