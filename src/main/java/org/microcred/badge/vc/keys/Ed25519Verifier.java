package org.microcred.badge.vc.keys;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Checks Ed25519 signatures with BouncyCastle; a malformed key or signature is simply "not valid". The last few
 * public keys are kept decoded (decoding a point costs about a fifth of a verification, and a verifier checks
 * many credentials of few issuers); a key is found only by its exact 32 bytes.
 */
public final class Ed25519Verifier {

	private static final int KEYS = 64;

	private static final Map<Key, Ed25519PublicKeyParameters> DECODED = new LinkedHashMap<>(KEYS * 2, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Ed25519PublicKeyParameters> eldest) {
			return size() > KEYS;
		}

	};

	private Ed25519Verifier() {
	}

	public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE || signature.length != Ed25519.SIGNATURE_SIZE) {
			return false;
		}
		try {
			return decoded(publicKey).verify(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The decoded key; BouncyCastle's key objects are immutable and safe to share. */
	private static Ed25519PublicKeyParameters decoded(byte[] publicKey) {
		Key key = new Key(publicKey.clone());
		synchronized (DECODED) {
			Ed25519PublicKeyParameters known = DECODED.get(key);
			if (known != null) {
				return known;
			}
		}
		Ed25519PublicKeyParameters parameters = new Ed25519PublicKeyParameters(key.bytes, 0);
		synchronized (DECODED) {
			DECODED.put(key, parameters);
		}
		return parameters;
	}

	private record Key(byte[] bytes) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(key.bytes, this.bytes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.bytes);
		}

	}

}
