package org.microcred.badge.vc.baking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.microcred.badge.vc.VerificationMessage;

/** Splits a PNG into its chunks, checking the signature, lengths, CRCs and that it ends with IEND. */
final class PngChunks {

	static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** One chunk: its four-letter type and its data. */
	record Chunk(String type, byte[] data) {
	}

	private PngChunks() {
	}

	static List<Chunk> read(byte[] png, int maxBytes) {
		if (png.length > maxBytes) {
			throw new BakingException(tooLarge(maxBytes));
		}
		if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.not-png", "The file is not a PNG image."));
		}
		ByteBuffer buffer = ByteBuffer.wrap(png, SIGNATURE.length, png.length - SIGNATURE.length);
		List<Chunk> chunks = new ArrayList<>();
		while (buffer.remaining() >= 12) {
			int length = buffer.getInt();
			if (length < 0 || length > buffer.remaining() - 8) {
				throw new BakingException(VerificationMessage.of("badge.verify.baking.png-corrupt-length",
						"The PNG is truncated or has a corrupt chunk length."));
			}
			byte[] typeBytes = new byte[4];
			buffer.get(typeBytes);
			byte[] data = new byte[length];
			buffer.get(data);
			CRC32 crc = new CRC32();
			crc.update(typeBytes);
			crc.update(data);
			if ((int) crc.getValue() != buffer.getInt()) {
				throw new BakingException(VerificationMessage.of("badge.verify.baking.png-crc",
						"The PNG has a chunk with a wrong CRC: the file is corrupt."));
			}
			Chunk chunk = new Chunk(new String(typeBytes, StandardCharsets.ISO_8859_1), data);
			chunks.add(chunk);
			if (chunk.type().equals("IEND")) {
				return chunks;
			}
		}
		throw new BakingException(VerificationMessage.of("badge.verify.baking.png-truncated",
				"The PNG is truncated (no IEND chunk)."));
	}

	/** An image larger than the limit, for PNG and SVG alike. */
	static VerificationMessage tooLarge(int maxBytes) {
		return VerificationMessage.of("badge.verify.baking.too-large", "The image is larger than {0,number,#} MB.",
				maxBytes / (1024 * 1024));
	}

}
