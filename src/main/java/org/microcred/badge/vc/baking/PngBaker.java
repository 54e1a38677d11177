package org.microcred.badge.vc.baking;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.microcred.badge.vc.VerificationMessage;

/**
 * Bakes a credential into a PNG as an uncompressed {@code iTXt} chunk with keyword
 * {@code openbadgecredential} (replacing any earlier one, so there is exactly one), and extracts it. CRCs
 * are checked on the way in and written on the way out.
 */
public final class PngBaker {

	static final String KEYWORD = "openbadgecredential";

	/** The Open Badges 2.0 keyword, recognised to explain why such an image holds no OB 3.0 credential. */
	static final String LEGACY_KEYWORD = "openbadges";

	private final int maxImageBytes;

	public PngBaker(int maxImageBytes) {
		this.maxImageBytes = maxImageBytes;
	}

	/** Images up to 10 MB. */
	public PngBaker() {
		this(10 * 1024 * 1024);
	}

	/** The PNG with the credential text (credential JSON or a compact JWS) baked in. */
	public byte[] bake(byte[] png, String credential) {
		List<PngChunks.Chunk> chunks = PngChunks.read(png, this.maxImageBytes);
		ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + credential.length() + 64);
		out.writeBytes(PngChunks.SIGNATURE);
		for (PngChunks.Chunk chunk : chunks) {
			if (chunk.type().equals("IEND")) {
				writeChunk(out, "iTXt", credentialChunkData(credential));
			}
			if (!isCredentialChunk(chunk)) {
				writeChunk(out, chunk.type(), chunk.data());
			}
		}
		return out.toByteArray();
	}

	/** The baked credential; fails when there is none, more than one, or the file is not a PNG. */
	public BakedCredential extract(byte[] png) {
		List<PngChunks.Chunk> found = PngChunks.read(png, this.maxImageBytes)
			.stream()
			.filter(PngBaker::isCredentialChunk)
			.toList();
		if (found.size() > 1) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.png-several",
					"The PNG holds {0,number,#} openbadgecredential chunks; a baked badge must hold exactly one.",
					found.size()));
		}
		if (found.isEmpty()) {
			boolean legacy = PngChunks.read(png, this.maxImageBytes).stream().anyMatch(PngBaker::isLegacyChunk);
			throw new BakingException(legacy
					? VerificationMessage.of("badge.verify.baking.png-legacy",
							"The PNG is an Open Badges 2.0 baked badge (keyword openbadges), not an OB 3.0 credential.")
					: VerificationMessage.of("badge.verify.baking.png-none",
							"The PNG holds no baked credential (no iTXt chunk with keyword openbadgecredential)."));
		}
		return BakedCredential.ofText(textOf(found.get(0).data()));
	}

	private static boolean isCredentialChunk(PngChunks.Chunk chunk) {
		return chunk.type().equals("iTXt") && KEYWORD.equals(keyword(chunk.data()));
	}

	private static boolean isLegacyChunk(PngChunks.Chunk chunk) {
		return (chunk.type().equals("iTXt") || chunk.type().equals("tEXt"))
				&& LEGACY_KEYWORD.equals(keyword(chunk.data()));
	}

	private static String keyword(byte[] data) {
		int end = indexOf(data, 0);
		return (end < 0 || end > 79) ? null : new String(data, 0, end, StandardCharsets.ISO_8859_1);
	}

	/** iTXt layout: keyword, NUL, compression flag, method, language tag, NUL, translated keyword, NUL, text. */
	private static String textOf(byte[] data) {
		int keywordEnd = indexOf(data, 0);
		if (keywordEnd + 3 > data.length) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.chunk-truncated",
					"The openbadgecredential chunk is truncated."));
		}
		if (data[keywordEnd + 1] != 0) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.chunk-compressed",
					"The openbadgecredential chunk is compressed; OB 3.0 forbids compression."));
		}
		int languageEnd = indexOf(data, keywordEnd + 3);
		int translatedEnd = (languageEnd < 0) ? -1 : indexOf(data, languageEnd + 1);
		if (translatedEnd < 0) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.chunk-malformed",
					"The openbadgecredential chunk is malformed."));
		}
		return new String(data, translatedEnd + 1, data.length - translatedEnd - 1, StandardCharsets.UTF_8);
	}

	private static byte[] credentialChunkData(String credential) {
		byte[] keyword = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
		byte[] text = credential.getBytes(StandardCharsets.UTF_8);
		// keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
		byte[] data = Arrays.copyOf(keyword, keyword.length + 5 + text.length);
		System.arraycopy(text, 0, data, keyword.length + 5, text.length);
		return data;
	}

	private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static int indexOf(byte[] data, int from) {
		for (int i = from; i < data.length; i++) {
			if (data[i] == 0) {
				return i;
			}
		}
		return -1;
	}

}
