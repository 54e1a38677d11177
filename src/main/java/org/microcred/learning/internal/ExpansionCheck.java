package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.microcred.platform.InvalidInputException;

/**
 * Refuses files that expand to far more than they contain ("decompression bombs"): office documents (zip
 * containers), measured by the bytes they really inflate to, never by the sizes they declare, and PNG images by
 * their pixel count.
 */
final class ExpansionCheck {

	static final long MAX_UNCOMPRESSED = 1024L * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	static final long MAX_RATIO = 200;

	static final long MAX_PIXELS = 200_000_000L;

	private ExpansionCheck() {
	}

	/**
	 * Checks a container document from its local file or, when the storage (an object store) keeps none, from a
	 * temporary copy, streamed there and deleted afterwards.
	 */
	static void checkContainer(EvidenceInspector.Content content, long size) throws IOException {
		Path local = content.localPath();
		if (local != null) {
			ExpansionCheck.checkContainer(local, size);
			return;
		}
		Path copy = Files.createTempFile("microcred-evidence-", ".zip");
		try {
			try (InputStream in = content.open()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			ExpansionCheck.checkContainer(copy, size);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/**
	 * Inflates every entry of the container (through the central directory, as office programs read it), counting
	 * the bytes as they come and stopping as soon as the total passes {@link #MAX_UNCOMPRESSED} or
	 * {@link #MAX_RATIO} times the file's size.
	 */
	static void checkContainer(Path file, long compressedSize) {
		long limit = Math.min(MAX_UNCOMPRESSED, Math.max(compressedSize, 1) * MAX_RATIO);
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES || entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
					throw bomb();
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) != -1) {
						total += read;
						if (total > limit) {
							throw bomb();
						}
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new InvalidInputException("file", "learning.file.damaged");
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "learning.file.document-unreadable");
		}
	}

	static void checkPng(byte[] head) {
		if (head.length >= 24) {
			long width = Integer.toUnsignedLong(ByteBuffer.wrap(head, 16, 4).getInt());
			long height = Integer.toUnsignedLong(ByteBuffer.wrap(head, 20, 4).getInt());
			if (width * height > MAX_PIXELS) {
				throw bomb();
			}
		}
	}

	private static InvalidInputException bomb() {
		return new InvalidInputException("file", "learning.file.bomb");
	}

}
