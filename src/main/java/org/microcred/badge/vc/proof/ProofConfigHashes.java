package org.microcred.badge.vc.proof;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import org.microcred.badge.vc.canon.Canonicalizer;

/**
 * The canonical hashes of the last few proof configurations. Proofs made in one batch, or by one issuer key in
 * the same second, have identical configurations; an entry is used only for a configuration equal to it value
 * for value.
 */
final class ProofConfigHashes {

	private static final int CAPACITY = 64;

	private final Canonicalizer canonicalizer;

	private final Map<JsonObject, byte[]> hashes = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<JsonObject, byte[]> eldest) {
			return size() > CAPACITY;
		}

	};

	ProofConfigHashes(Canonicalizer canonicalizer) {
		this.canonicalizer = canonicalizer;
	}

	/** SHA-256 of the configuration's canonical form; the caller must not change the array. */
	byte[] hash(JsonObject proofConfigWithContext) {
		synchronized (this.hashes) {
			byte[] known = this.hashes.get(proofConfigWithContext);
			if (known != null) {
				return known;
			}
		}
		byte[] hash = this.canonicalizer.canonicalHash(proofConfigWithContext);
		synchronized (this.hashes) {
			this.hashes.put(proofConfigWithContext, hash);
		}
		return hash;
	}

}
