package org.microcred.badge.vc.keys;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.microcred.badge.vc.VerificationMessage;

/**
 * An Ed25519 signing key on BouncyCastle's low-level API, which signs an order of magnitude faster than the
 * JDK provider. Immutable and safe to share between threads.
 */
public final class Ed25519KeyPair {

	private final Ed25519PrivateKeyParameters privateKey;

	private final Ed25519PublicKeyParameters publicKey;

	private Ed25519KeyPair(Ed25519PrivateKeyParameters privateKey) {
		this.privateKey = privateKey;
		this.publicKey = privateKey.generatePublicKey();
	}

	public static Ed25519KeyPair generate(SecureRandom random) {
		return new Ed25519KeyPair(new Ed25519PrivateKeyParameters(random));
	}

	public static Ed25519KeyPair generate() {
		return generate(new SecureRandom());
	}

	/** The key pair of a 32-byte seed (RFC 8032 private key). */
	public static Ed25519KeyPair fromSeed(byte[] seed) {
		if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
			throw new KeyFormatException(VerificationMessage.of("badge.verify.key.seed-length",
					"An Ed25519 seed has 32 bytes, not {0,number,#}", seed.length));
		}
		return new Ed25519KeyPair(new Ed25519PrivateKeyParameters(seed, 0));
	}

	/** The key pair of a {@code z3u2...} Multikey private key, as stored in configuration. */
	public static Ed25519KeyPair fromPrivateKeyMultibase(String multibase) {
		return fromSeed(Multikey.decodePrivateKey(multibase));
	}

	public byte[] sign(byte[] message) {
		byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
		this.privateKey.sign(Ed25519.Algorithm.Ed25519, this.publicKey, null, message, 0, message.length,
				signature, 0);
		return signature;
	}

	public byte[] publicKey() {
		return this.publicKey.getEncoded();
	}

	/** The {@code z6Mk...} public key. */
	public String publicKeyMultibase() {
		return Multikey.encodePublicKey(publicKey());
	}

	/** The {@code z3u2...} private key; a secret, to be stored encrypted. */
	public String privateKeyMultibase() {
		return Multikey.encodePrivateKey(this.privateKey.getEncoded());
	}

	/** The {@code did:key} identifier of the public key. */
	public String didKey() {
		return DidKey.of(publicKeyMultibase());
	}

	@Override
	public String toString() {
		return "Ed25519KeyPair[" + publicKeyMultibase() + "]";
	}

}
