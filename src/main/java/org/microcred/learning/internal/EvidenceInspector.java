package org.microcred.learning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.microcred.platform.InvalidInputException;

/**
 * Decides whether an uploaded file may be kept, from its bytes: its real type (Apache Tika magic detection, the
 * name only refining a container type), an allow-list of documents, images, audio and video, and checks against
 * decompression bombs in office documents and images.
 */
public class EvidenceInspector {

	static final long MAX_UNCOMPRESSED = 1024L * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	static final long MAX_RATIO = 200;

	static final long MAX_PIXELS = 200_000_000L;

	private static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/rtf", "text/plain", "text/csv",
			"text/markdown", "application/json", "text/html", "application/xhtml+xml", "image/png", "image/jpeg", "image/gif",
			"image/webp", "image/heic", "image/heif", "image/svg+xml", "image/tiff", "audio/mpeg", "audio/mp4",
			"audio/x-m4a", "audio/wav", "audio/x-wav", "audio/vnd.wave", "audio/ogg", "audio/webm", "audio/aac",
			"video/mp4", "video/quicktime", "video/webm", "video/mpeg", "video/x-m4v", "video/ogg", "video/3gpp");

	private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

	private static final String ODF = "application/vnd.oasis.opendocument.";

	private final Tika tika = new Tika();

	/**
	 * The media type of an upload that may be kept.
	 * @throws InvalidInputException saying why it may not
	 */
	public String inspect(byte[] head, String fileName, long size, Path localCopy) {
		if (size == 0) {
			throw new InvalidInputException("file", "The file is empty.");
		}
		String type;
		try {
			type = tika.detect(new ByteArrayInputStream(head), fileName);
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "The file could not be read.");
		}
		if (!allowed(type)) {
			throw new InvalidInputException("file", describe(type) + " cannot be uploaded. Use documents (PDF, Word, "
					+ "PowerPoint, Excel, text), images, audio or video.");
		}
		if ((type.startsWith(OOXML) || type.startsWith(ODF)) && localCopy != null) {
			checkContainer(localCopy, size);
		}
		if (type.equals("image/png")) {
			checkPng(head);
		}
		return type;
	}

	static boolean allowed(String type) {
		return ALLOWED.contains(type) || type.startsWith(OOXML) || type.startsWith(ODF);
	}

	private static String describe(String type) {
		if (type.contains("msdownload") || type.contains("executable") || type.contains("dosexec")
				|| type.contains("sharedlib") || type.contains("mach-o") || type.contains("java-archive")
				|| type.contains("x-sh") || type.contains("elf")) {
			return "Programs";
		}
		if (type.contains("zip") || type.contains("compressed") || type.contains("tar") || type.contains("rar")
				|| type.contains("7z")) {
			return "Archives";
		}
		return "Files of this type (" + type + ")";
	}

	/** An office document is a zip: refuse ones that would expand to absurd sizes when opened. */
	private static void checkContainer(Path file, long compressedSize) {
		long total = 0;
		int entries = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				entries++;
				long declared = entry.getSize();
				if (declared < 0 || entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
					throw bomb();
				}
				total += declared;
				if (entries > MAX_ENTRIES || total > MAX_UNCOMPRESSED || total > Math.max(compressedSize, 1) * MAX_RATIO) {
					throw bomb();
				}
			}
		}
		catch (ZipException ex) {
			throw new InvalidInputException("file", "The document is damaged and cannot be opened.");
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "The document could not be read.");
		}
	}

	private static void checkPng(byte[] head) {
		if (head.length >= 24) {
			long width = Integer.toUnsignedLong(ByteBuffer.wrap(head, 16, 4).getInt());
			long height = Integer.toUnsignedLong(ByteBuffer.wrap(head, 20, 4).getInt());
			if (width * height > MAX_PIXELS) {
				throw bomb();
			}
		}
	}

	private static InvalidInputException bomb() {
		return new InvalidInputException("file",
				"This file expands to far more data than it contains (a “decompression bomb”) and cannot be uploaded.");
	}

	/** A safe display name: the last path segment, without control characters, quotes or markup. */
	public static String cleanName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cc}\\p{Cf}\"<>|:*?]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name.isBlank() ? "file" : name;
	}

}
