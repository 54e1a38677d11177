package org.microcred.badge.vc.proof;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.Sha256;
import org.microcred.badge.vc.canon.Canonicalizer;
import org.microcred.badge.vc.canon.FastCanonicalizer;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.keys.Multikey;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * The eddsa-rdfc-2022 cryptosuite of W3C Data Integrity: canonicalize the document (without its proof) and
 * the proof configuration (the proof without {@code proofValue}, carrying the document's {@code @context})
 * with RDFC-1.0, hash each with SHA-256, and sign proof hash || document hash with Ed25519.
 */
public final class EddsaRdfc2022 {

	public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

	public static final String PROOF_TYPE = "DataIntegrityProof";

	private final Canonicalizer canonicalizer;

	/** Hashes of recent proof configurations: in a batch every proof has the same key, purpose and second. */
	private final ProofConfigHashes proofConfigs;

	public EddsaRdfc2022(Canonicalizer canonicalizer) {
		this.canonicalizer = canonicalizer;
		this.proofConfigs = new ProofConfigHashes(canonicalizer);
	}

	/**
	 * With the fast canonicalizer (which falls back to the generic one by itself) and its cache of shared
	 * subtrees, so credentials of one design are canonicalized mostly from the cache.
	 */
	public EddsaRdfc2022() {
		this(FastCanonicalizer.cached(FastCanonicalizer.DEFAULT_CACHE_SIZE));
	}

	/**
	 * The document with a new proof. It must not carry a proof already.
	 * @throws org.microcred.badge.vc.canon.CanonicalizationException when the document uses undefined terms
	 */
	public JsonObject sign(JsonObject unsecured, Ed25519KeyPair key, ProofOptions options) {
		if (unsecured.containsKey("proof")) {
			throw new IllegalArgumentException("The document is already signed");
		}
		JsonObject proofConfig = proofConfiguration(options);
		byte[] hashData = hashData(unsecured, withContext(proofConfig, unsecured.get("@context")));
		String proofValue = Multikey.encodeBase58Btc(key.sign(hashData));
		JsonObject proof = JSON.createObjectBuilder(proofConfig).add("proofValue", proofValue).build();
		JsonValue proofEntry = options.proofAsArray() ? JSON.createArrayBuilder().add(proof).build() : proof;
		return JSON.createObjectBuilder(unsecured).add("proof", proofEntry).build();
	}

	/** The canonical forms and the 64 bytes to sign for a document and a proof configuration with context. */
	public SigningInput signingInput(JsonObject unsecured, JsonObject proofConfigWithContext) {
		String canonicalProof = this.canonicalizer.canonicalize(proofConfigWithContext);
		String canonicalDocument = this.canonicalizer.canonicalize(unsecured);
		byte[] hashData = new byte[64];
		System.arraycopy(Sha256.of(canonicalProof), 0, hashData, 0, 32);
		System.arraycopy(Sha256.of(canonicalDocument), 0, hashData, 32, 32);
		return new SigningInput(canonicalProof, canonicalDocument, hashData);
	}

	/**
	 * The 64 bytes to sign or verify: SHA-256 of the canonical proof configuration (with context), then of the
	 * canonical document. The same as {@link #signingInput}'s, without keeping the canonical text.
	 */
	public byte[] hashData(JsonObject unsecured, JsonObject proofConfigWithContext) {
		byte[] hashData = new byte[64];
		System.arraycopy(this.proofConfigs.hash(proofConfigWithContext), 0, hashData, 0, 32);
		System.arraycopy(this.canonicalizer.canonicalHash(unsecured), 0, hashData, 32, 32);
		return hashData;
	}

	/** The proof without its value, fields in the order the OB 3.0 test vector shows them. */
	static JsonObject proofConfiguration(ProofOptions options) {
		return JSON.createObjectBuilder()
			.add("type", PROOF_TYPE)
			.add("created", options.created().toString())
			.add("verificationMethod", options.verificationMethod())
			.add("cryptosuite", CRYPTOSUITE)
			.add("proofPurpose", options.proofPurpose())
			.build();
	}

	static JsonObject withContext(JsonObject proofConfig, JsonValue context) {
		JsonObjectBuilder builder = JSON.createObjectBuilder(proofConfig);
		if (context != null) {
			builder.add("@context", context);
		}
		return builder.build();
	}


	Canonicalizer canonicalizer() {
		return this.canonicalizer;
	}

}
