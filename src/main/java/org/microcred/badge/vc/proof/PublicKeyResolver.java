package org.microcred.badge.vc.proof;

/**
 * Finds the Ed25519 public key behind a proof's verification method and checks the controller allows it for
 * the proof's purpose. {@code did:key} needs nothing else; {@code did:web} and HTTPS keys need a fetcher.
 */
@FunctionalInterface
public interface PublicKeyResolver {

	/**
	 * The key and who controls it.
	 * @throws KeyResolutionException with a message fit for a verification report
	 */
	ResolvedKey resolve(String verificationMethod, String proofPurpose);

	/**
	 * A verification method's public key (32 bytes) and its controller (null when unknown).
	 * @param revoked when its controller withdrew the key (e.g. reported it compromised): proofs made from then on
	 *                are not to be trusted; null when it was not
	 */
	record ResolvedKey(byte[] publicKey, String controller, java.time.Instant revoked) {

		public ResolvedKey(byte[] publicKey, String controller) {
			this(publicKey, controller, null);
		}

	}

}
