package org.microcred.badge.vc.keys;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** Checks Ed25519 signatures with BouncyCastle; a malformed key or signature is simply "not valid". */
public final class Ed25519Verifier {

	private Ed25519Verifier() {
	}

	public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE || signature.length != Ed25519.SIGNATURE_SIZE) {
			return false;
		}
		try {
			return new Ed25519PublicKeyParameters(publicKey, 0).verify(Ed25519.Algorithm.Ed25519, null, message, 0,
					message.length, signature, 0);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
