package org.microcred.badge.vc.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.microcred.badge.vc.VerificationMessage;

/**
 * A W3C Bitstring Status List v1.0. With status size 1, bit {@code i} set means the credential with
 * {@code statusListIndex} {@code i} is revoked (or suspended, per the list's purpose); with a larger status size
 * {@code n}, entry {@code i} is the {@code n}-bit number at bits {@code i*n .. i*n+n-1}, most significant first
 * (see {@link #value}). Index 0 is the most significant bit of the first byte. Encoded as GZIP, then multibase
 * base64url without padding ({@code u...}). Mutable: the issuer sets bits, then encodes a new list credential.
 */
public final class BitstringStatusList {

	/** The smallest list the specification allows (16 KB), for herd privacy. */
	public static final int MIN_LENGTH = 131_072;

	/** Decoding stops beyond this many bytes (128 million entries), so a tiny GZIP bomb cannot exhaust memory. */
	public static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

	private final byte[] bits;

	private BitstringStatusList(byte[] bits) {
		this.bits = bits;
	}

	/** An all-clear list of {@code length} entries (at least 131,072, a multiple of 8). */
	public static BitstringStatusList ofLength(int length) {
		if (length < MIN_LENGTH || length % 8 != 0 || length / 8 > MAX_DECODED_BYTES) {
			throw new IllegalArgumentException("A status list has a multiple of 8 entries, at least " + MIN_LENGTH);
		}
		return new BitstringStatusList(new byte[length / 8]);
	}

	/** A list over a copy of stored bits (index 0 = most significant bit of the first byte). */
	public static BitstringStatusList ofBytes(byte[] bits) {
		if (bits.length * 8 < MIN_LENGTH || bits.length > MAX_DECODED_BYTES) {
			throw new IllegalArgumentException("A status list has at least " + MIN_LENGTH + " entries");
		}
		return new BitstringStatusList(bits.clone());
	}

	/** A copy of the bits, for storage. */
	public byte[] toBytes() {
		return this.bits.clone();
	}

	public static BitstringStatusList empty() {
		return ofLength(MIN_LENGTH);
	}

	public int length() {
		return this.bits.length * 8;
	}

	public boolean get(int index) {
		checkIndex(index);
		return (this.bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
	}

	public void set(int index, boolean value) {
		checkIndex(index);
		if (value) {
			this.bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
		}
		else {
			this.bits[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
		}
	}

	/**
	 * Entry {@code index} of a list whose entries are {@code size} bits wide: the bits from {@code index * size},
	 * read most significant first (what the specification's validation algorithm reads for {@code statusSize}).
	 */
	public int value(int index, int size) {
		checkEntry(index, size);
		int value = 0;
		for (int bit = 0; bit < size; bit++) {
			value = (value << 1) | (get(index * size + bit) ? 1 : 0);
		}
		return value;
	}

	/** Writes entry {@code index} of a list of {@code size}-bit entries (the inverse of {@link #value}). */
	public void setValue(int index, int size, int value) {
		checkEntry(index, size);
		if (value < 0 || value >= (1 << size)) {
			throw new IllegalArgumentException("Status value " + value + " does not fit in " + size + " bits");
		}
		for (int bit = 0; bit < size; bit++) {
			set(index * size + bit, ((value >>> (size - 1 - bit)) & 1) == 1);
		}
	}

	/** How many entries of {@code size} bits the list holds. */
	public int entries(int size) {
		return length() / size;
	}

	/** The {@code encodedList} value: {@code u} + base64url(GZIP(bits)). */
	public String encode() {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(this.bits);
		}
		catch (IOException ex) {
			throw new IllegalStateException("In-memory compression cannot fail", ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
	}

	/** Decodes an {@code encodedList}; refuses other multibase encodings, corrupt data and oversized lists. */
	public static BitstringStatusList decode(String encodedList) {
		if (encodedList == null || !encodedList.startsWith("u")) {
			throw new StatusListException(VerificationMessage.of("badge.verify.list.not-multibase",
					"The encoded status list is not multibase base64url (it must start with 'u')."));
		}
		byte[] compressed;
		try {
			compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
		}
		catch (IllegalArgumentException ex) {
			throw new StatusListException(VerificationMessage.of("badge.verify.list.not-base64url",
					"The encoded status list is not valid base64url."), ex);
		}
		byte[] bits = gunzipBounded(compressed);
		if (bits.length * 8 < MIN_LENGTH) {
			throw new StatusListException(VerificationMessage.of("badge.verify.list.too-short",
					"The status list has {0,number,#} entries; at least {1,number,#} are required.", bits.length * 8,
					MIN_LENGTH));
		}
		return new BitstringStatusList(bits);
	}

	private static byte[] gunzipBounded(byte[] compressed) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			byte[] bits = in.readNBytes(MAX_DECODED_BYTES + 1);
			if (bits.length > MAX_DECODED_BYTES) {
				throw new StatusListException(VerificationMessage.of("badge.verify.list.bomb",
						"The status list expands beyond {0,number,#} MB; refused as a possible decompression bomb.",
						MAX_DECODED_BYTES / (1024 * 1024)));
			}
			return bits;
		}
		catch (IOException ex) {
			throw new StatusListException(VerificationMessage.of("badge.verify.list.not-gzip",
					"The status list is not valid GZIP data."), ex);
		}
	}

	private void checkEntry(int index, int size) {
		if (size < 1 || size > 8) {
			throw new IllegalArgumentException("A status size is between 1 and 8 bits, not " + size);
		}
		if (index < 0 || (long) index * size + size > length()) {
			throw new IndexOutOfBoundsException("Status entry " + index + " outside 0.." + (entries(size) - 1));
		}
	}

	private void checkIndex(int index) {
		if (index < 0 || index >= length()) {
			throw new IndexOutOfBoundsException("Status list index " + index + " outside 0.." + (length() - 1));
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BitstringStatusList list && Arrays.equals(this.bits, list.bits);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bits);
	}

}
