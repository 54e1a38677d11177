package org.microcred.badge.vc.keys;

import java.util.Arrays;

/**
 * Bitcoin base58 (the alphabet of multibase {@code z}), working on 32-bit limbs and five base58 digits at a time
 * instead of one byte and one digit: a 64-byte signature is encoded some twenty times faster than with the
 * textbook byte-wise division, which cost about a tenth of a signature.
 */
final class Base58 {

	private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

	private static final int[] DIGITS = new int[128];

	/** 58^5, the largest power of 58 below 2^31. */
	private static final long CHUNK = 656_356_768L;

	static {
		Arrays.fill(DIGITS, -1);
		for (int i = 0; i < ALPHABET.length; i++) {
			DIGITS[ALPHABET[i]] = i;
		}
	}

	private Base58() {
	}

	static String encode(byte[] input) {
		int zeros = 0;
		while (zeros < input.length && input[zeros] == 0) {
			zeros++;
		}
		int[] limbs = toLimbs(input);
		char[] out = new char[zeros + input.length * 138 / 100 + 6];
		int at = out.length;
		int start = 0;
		while (start < limbs.length) {
			long remainder = 0;
			for (int i = start; i < limbs.length; i++) {
				long value = (remainder << 32) | (limbs[i] & 0xFFFFFFFFL);
				limbs[i] = (int) (value / CHUNK);
				remainder = value % CHUNK;
			}
			while (start < limbs.length && limbs[start] == 0) {
				start++;
			}
			for (int d = 0; d < 5 && (start < limbs.length || remainder > 0); d++) {
				out[--at] = ALPHABET[(int) (remainder % 58)];
				remainder /= 58;
			}
		}
		for (int i = 0; i < zeros; i++) {
			out[--at] = ALPHABET[0];
		}
		return new String(out, at, out.length - at);
	}

	/** @throws IllegalArgumentException on a character outside the alphabet */
	static byte[] decode(String input) {
		int zeros = 0;
		while (zeros < input.length() && input.charAt(zeros) == ALPHABET[0]) {
			zeros++;
		}
		int[] limbs = new int[(input.length() * 733 / 1000 + 4) / 4 + 1];
		int i = zeros;
		while (i < input.length()) {
			long multiplier = 1;
			long chunk = 0;
			for (int d = 0; d < 5 && i < input.length(); d++, i++) {
				char c = input.charAt(i);
				int digit = (c < 128) ? DIGITS[c] : -1;
				if (digit < 0) {
					throw new IllegalArgumentException("Invalid base58 character '" + c + "'");
				}
				chunk = chunk * 58 + digit;
				multiplier *= 58;
			}
			long carry = chunk;
			for (int l = limbs.length - 1; l >= 0; l--) {
				long value = (limbs[l] & 0xFFFFFFFFL) * multiplier + carry;
				limbs[l] = (int) value;
				carry = value >>> 32;
			}
		}
		byte[] bytes = new byte[limbs.length * 4];
		for (int l = 0; l < limbs.length; l++) {
			bytes[4 * l] = (byte) (limbs[l] >>> 24);
			bytes[4 * l + 1] = (byte) (limbs[l] >>> 16);
			bytes[4 * l + 2] = (byte) (limbs[l] >>> 8);
			bytes[4 * l + 3] = (byte) limbs[l];
		}
		int first = 0;
		while (first < bytes.length && bytes[first] == 0) {
			first++;
		}
		byte[] result = new byte[zeros + bytes.length - first];
		System.arraycopy(bytes, first, result, zeros, bytes.length - first);
		return result;
	}

	private static int[] toLimbs(byte[] input) {
		int[] limbs = new int[(input.length + 3) / 4];
		int shift = limbs.length * 4 - input.length;
		for (int i = 0; i < input.length; i++) {
			int position = i + shift;
			limbs[position / 4] |= (input[i] & 0xFF) << (8 * (3 - position % 4));
		}
		return limbs;
	}

}
