package org.microcred.badge.vc.keys;

import org.microcred.badge.vc.VerificationMessage;

/**
 * {@code did:key} for Ed25519: the DID is the Multikey public key, and its one verification method is
 * {@code did:key:z6Mk...#z6Mk...}.
 */
public final class DidKey {

	private static final String PREFIX = "did:key:";

	private DidKey() {
	}

	public static String of(String publicKeyMultibase) {
		return PREFIX + publicKeyMultibase;
	}

	public static String verificationMethodId(String publicKeyMultibase) {
		return of(publicKeyMultibase) + "#" + publicKeyMultibase;
	}

	public static boolean isDidKey(String url) {
		return url != null && url.startsWith(PREFIX);
	}

	/**
	 * The 32-byte public key named by a {@code did:key} DID or verification method URL. The fragment, when
	 * present, must repeat the key.
	 */
	public static byte[] publicKey(String didOrMethod) {
		if (!isDidKey(didOrMethod)) {
			throw new KeyFormatException(VerificationMessage.of("badge.verify.key.not-did-key", "Not a did:key identifier"));
		}
		String rest = didOrMethod.substring(PREFIX.length());
		int hash = rest.indexOf('#');
		String key = (hash < 0) ? rest : rest.substring(0, hash);
		if (hash >= 0 && !key.equals(rest.substring(hash + 1))) {
			throw new KeyFormatException(VerificationMessage.of("badge.verify.key.did-key-fragment",
					"The did:key fragment does not match the key"));
		}
		return Multikey.decodePublicKey(key);
	}

}
