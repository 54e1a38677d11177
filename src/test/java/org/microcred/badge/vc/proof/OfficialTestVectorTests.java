package org.microcred.badge.vc.proof;

import java.time.Instant;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.Standards;
import org.microcred.badge.vc.canon.FastCanonicalizer;
import org.microcred.badge.vc.canon.GenericCanonicalizer;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.keys.Multikey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reproduces the OB 3.0 Implementation Guide's "Linked Data Proof Test Vector" (eddsa-rdfc-2022) byte for
 * byte. The figures below are the vector's own, from test-vectors/obv3p0/linked-data-proof-ob.html.
 */
class OfficialTestVectorTests {

	private static final String DIR = "test-vectors/obv3p0/";

	private static final String PRIVATE_KEY_HEX = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"
			+ "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5";

	private static final String PUBLIC_KEY_HEX = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5";

	private static final String PUBLIC_KEY_MULTIBASE = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

	private static final String DOCUMENT_HASH = "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773";

	private static final String PROOF_HASH = "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19";

	private static final String SIGNATURE_HEX = "f7a017acf7d27983267ec362657c0fb08e955549f49dac5bf36a03c4f2c3a4f1"
			+ "e3738a6c5ecd7ffba7135cb9cd754e6196f4b73082ea8df8e703c8ecd4333503";

	private static final HexFormat HEX = HexFormat.of();

	private final Ed25519KeyPair key = Ed25519KeyPair.fromSeed(HEX.parseHex(PRIVATE_KEY_HEX.substring(0, 64)));

	private final JsonObject unsigned = Standards.json(DIR + "unsigned-credential.json");

	private final JsonObject signed = Standards.json(DIR + "signed-credential.json");

	@Test
	void derivesTheVectorsPublicKeyAndMultikey() {
		assertThat(HEX.formatHex(this.key.publicKey())).isEqualTo(PUBLIC_KEY_HEX);
		assertThat(this.key.publicKeyMultibase()).isEqualTo(PUBLIC_KEY_MULTIBASE);
		assertThat(Multikey.decodePublicKey(PUBLIC_KEY_MULTIBASE)).isEqualTo(this.key.publicKey());
		assertThat(this.key.didKey()).isEqualTo("did:key:" + PUBLIC_KEY_MULTIBASE);
		assertThat(DidKey.publicKey(DidKey.verificationMethodId(PUBLIC_KEY_MULTIBASE))).isEqualTo(this.key.publicKey());
	}

	@Test
	void canonicalFormsAndHashesMatchTheVectorOnBothPaths() {
		for (EddsaRdfc2022 suite : new EddsaRdfc2022[] { new EddsaRdfc2022(new GenericCanonicalizer()),
				new EddsaRdfc2022(new FastCanonicalizer()) }) {
			SigningInput input = suite.signingInput(this.unsigned, vectorProofConfig());
			assertThat(input.canonicalDocument()).isEqualTo(Standards.text(DIR + "document-canon.txt"));
			assertThat(input.canonicalProofConfig()).isEqualTo(Standards.text(DIR + "proof-canon.txt"));
			assertThat(HEX.formatHex(input.hashData())).isEqualTo(PROOF_HASH + DOCUMENT_HASH);
		}
		assertThat(new FastCanonicalizer().tryFast(this.unsigned)).as("the vector takes the fast path").isPresent();
	}

	@Test
	void signsToTheVectorsSignatureAndProofValue() {
		JsonObject proof = this.signed.getJsonObject("proof");
		ProofOptions options = new ProofOptions(proof.getString("verificationMethod"),
				Instant.parse(proof.getString("created")), "assertionMethod", false);

		JsonObject ours = new EddsaRdfc2022().sign(this.unsigned, this.key, options);

		String proofValue = ours.getJsonObject("proof").getString("proofValue");
		assertThat(HEX.formatHex(Multikey.decodeBase58Btc(proofValue))).isEqualTo(SIGNATURE_HEX);
		assertThat(proofValue).isEqualTo(proof.getString("proofValue"));
		assertThat(ours).isEqualTo(this.signed);
	}

	@Test
	void withItsSharedPartsFromTheCacheTheVectorSignsAndVerifiesByteForByte() {
		JsonObject proof = this.signed.getJsonObject("proof");
		ProofOptions options = new ProofOptions(proof.getString("verificationMethod"),
				Instant.parse(proof.getString("created")), "assertionMethod", false);
		FastCanonicalizer canonicalizer = FastCanonicalizer.cached(64);
		EddsaRdfc2022 cached = new EddsaRdfc2022(canonicalizer);
		ProofVerifier verifier = new ProofVerifier(cached);
		PublicKeyResolver keys = (method, purpose) -> new PublicKeyResolver.ResolvedKey(this.key.publicKey(), null);

		// the first rounds fill the cache (a subtree is admitted once it was seen often enough), the last use it
		for (int round = 0; round < 6; round++) {
			SigningInput input = cached.signingInput(this.unsigned, vectorProofConfig());
			assertThat(HEX.formatHex(input.hashData())).as("round %d", round).isEqualTo(PROOF_HASH + DOCUMENT_HASH);
			assertThat(input.canonicalDocument()).isEqualTo(Standards.text(DIR + "document-canon.txt"));
			JsonObject ours = cached.sign(this.unsigned, this.key, options);
			assertThat(ours.getJsonObject("proof").getString("proofValue")).isEqualTo(proof.getString("proofValue"));
			assertThat(ours.toString()).isEqualTo(new EddsaRdfc2022(new FastCanonicalizer())
				.sign(this.unsigned, this.key, options).toString());
			ProofResult result = verifier.verify(JsonInput.DEFAULT.parseObject(this.signed.toString()), keys);
			assertThat(result.verified()).as(result.summary()).isTrue();
		}
		assertThat(canonicalizer.cache().size()).as("the vector's subtrees are in the cache").isPositive();
	}

	@Test
	void verifiesTheVectorsSignedCredential() {
		ProofResult result = new ProofVerifier().verify(this.signed, (method, purpose) -> new PublicKeyResolver.ResolvedKey(this.key.publicKey(), null));

		assertThat(result.verified()).as(result.summary()).isTrue();
	}

	private JsonObject vectorProofConfig() {
		JsonObject proof = this.signed.getJsonObject("proof");
		return Json.createObjectBuilder(proof)
			.remove("proofValue")
			.add("@context", this.signed.get("@context"))
			.build();
	}

}
