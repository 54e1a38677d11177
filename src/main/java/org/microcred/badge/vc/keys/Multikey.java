package org.microcred.badge.vc.keys;

import java.util.Arrays;

import org.microcred.badge.vc.VerificationMessage;

/**
 * Ed25519 keys as Multikey multibase strings: base58btc ({@code z}) of a multicodec header and the raw key.
 * Public keys use {@code ed25519-pub} (0xed 0x01, giving {@code z6Mk...}); private keys use
 * {@code ed25519-priv} (0x80 0x26, giving {@code z3u2...}) over the 32-byte seed.
 */
public final class Multikey {

	private static final byte[] PUBLIC_HEADER = { (byte) 0xed, 0x01 };

	private static final byte[] PRIVATE_HEADER = { (byte) 0x80, 0x26 };

	private static final int KEY_LENGTH = 32;

	private Multikey() {
	}

	public static String encodePublicKey(byte[] publicKey) {
		return encode(PUBLIC_HEADER, publicKey);
	}

	public static String encodePrivateKey(byte[] seed) {
		return encode(PRIVATE_HEADER, seed);
	}

	/** The 32 raw bytes of a {@code z6Mk...} public key. */
	public static byte[] decodePublicKey(String multibase) {
		return decode(multibase, PUBLIC_HEADER,
				VerificationMessage.of("badge.verify.key.ed25519-public", "Ed25519 public key"));
	}

	/** The 32-byte seed of a {@code z3u2...} private key. */
	public static byte[] decodePrivateKey(String multibase) {
		return decode(multibase, PRIVATE_HEADER,
				VerificationMessage.of("badge.verify.key.ed25519-private", "Ed25519 private key"));
	}

	/** Decodes base58btc multibase ({@code z...}). */
	public static byte[] decodeBase58Btc(String multibase) {
		if (multibase == null || multibase.length() < 2 || multibase.charAt(0) != 'z') {
			throw new KeyFormatException(VerificationMessage.of("badge.verify.key.not-multibase",
					"Expected a base58btc multibase value starting with 'z'"));
		}
		try {
			return Base58.decode(multibase.substring(1));
		}
		catch (IllegalArgumentException ex) {
			throw new KeyFormatException(VerificationMessage.of("badge.verify.key.not-base58",
					"The value is not valid base58btc: {0}", String.valueOf(ex.getMessage())));
		}
	}

	public static String encodeBase58Btc(byte[] bytes) {
		return "z" + Base58.encode(bytes);
	}

	private static String encode(byte[] header, byte[] key) {
		if (key.length != KEY_LENGTH) {
			throw new KeyFormatException(keyLength(key.length));
		}
		byte[] bytes = Arrays.copyOf(header, header.length + key.length);
		System.arraycopy(key, 0, bytes, header.length, key.length);
		return encodeBase58Btc(bytes);
	}

	private static byte[] decode(String multibase, byte[] header, VerificationMessage what) {
		byte[] bytes = decodeBase58Btc(multibase);
		if (bytes.length != header.length + KEY_LENGTH || bytes[0] != header[0] || bytes[1] != header[1]) {
			throw new KeyFormatException(VerificationMessage.of("badge.verify.key.not-multikey",
					"The value is not a Multikey-encoded {0}", what));
		}
		return Arrays.copyOfRange(bytes, header.length, bytes.length);
	}

	/** A key or seed of the wrong length. */
	static VerificationMessage keyLength(int length) {
		return VerificationMessage.of("badge.verify.key.length", "An Ed25519 key has 32 bytes, not {0,number,#}", length);
	}

}
