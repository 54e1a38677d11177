package org.microcred.learning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;

/**
 * Decides whether an uploaded file may be kept, from its bytes: its real type (Apache Tika magic detection, the
 * name only refining a container or text type), an allow-list of documents, images, audio and video, a name that
 * says what the file is, no active content ({@link ActiveContent}) and no decompression bomb
 * ({@link ExpansionCheck}).
 */
public class EvidenceInspector {

	/** The stored bytes of an upload, read as the checks need them. */
	public interface Content {

		/** The first bytes (at least 64 KB, or the whole file). */
		byte[] head() throws IOException;

		/** The last bytes (up to 64 KB). */
		byte[] tail() throws IOException;

		InputStream open() throws IOException;

		/**
		 * The file on local disk, when the storage keeps it there, or null (containers are read through their
		 * central directory, which needs random access).
		 */
		Path localPath();

		/** A stored object, of which the first and the last 64 KB are read. */
		static Content of(EvidenceStorage storage, EvidenceStorage.Stored stored) {
			int inspected = 64 * 1024;
			return new Content() {

				@Override
				public byte[] head() throws IOException {
					return storage.head(stored.key(), inspected);
				}

				@Override
				public byte[] tail() throws IOException {
					return storage.tail(stored.key(), stored.size(), inspected);
				}

				@Override
				public InputStream open() throws IOException {
					return storage.open(stored.key());
				}

				@Override
				public Path localPath() {
					return storage.localPath(stored.key()).orElse(null);
				}

			};
		}

	}

	private static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/rtf", "text/plain", "text/csv",
			"text/markdown", "application/json", "image/png", "image/jpeg", "image/gif", "image/webp", "image/heic",
			"image/heif", "image/svg+xml", "image/tiff", "audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/wav",
			"audio/x-wav", "audio/vnd.wave", "audio/ogg", "audio/vorbis", "audio/opus", "audio/webm", "audio/aac",
			"audio/x-aac", "video/mp4", "video/quicktime", "video/webm", "video/mpeg", "video/x-m4v", "video/ogg",
			"video/3gpp");

	/** Types a browser or a desktop runs rather than shows: never evidence, whatever the file is called. */
	private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "text/javascript",
			"application/javascript", "application/x-httpd-php", "text/x-php", "application/xml", "text/xml");

	private static final Set<MediaType> TOO_GENERAL = Set.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML);

	static final String OOXML = "application/vnd.openxmlformats-officedocument.";

	static final String ODF = "application/vnd.oasis.opendocument.";

	private final Tika tika = new Tika();

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

	/**
	 * The media type of an upload that may be kept.
	 * @param fileName the cleaned name it will be stored under
	 * @throws InvalidInputException saying why it may not
	 */
	public String inspect(String fileName, long size, Content content) {
		if (size == 0) {
			throw new InvalidInputException("file", "learning.file.empty");
		}
		try {
			byte[] head = content.head();
			String type = tika.detect(new ByteArrayInputStream(head), fileName);
			if (ACTIVE.contains(type)) {
				throw new InvalidInputException("file", "learning.file.active");
			}
			if (!allowed(type)) {
				throw new InvalidInputException("file", "learning.file.type-refused", FileKinds.plural(type));
			}
			requireNameMatches(fileName, type);
			checkContent(type, size, head, content);
			return type;
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "learning.file.unreadable");
		}
	}

	private void checkContent(String type, long size, byte[] head, Content content) throws IOException {
		if (type.equals("image/svg+xml")) {
			try (InputStream svg = content.open()) {
				ActiveContent.checkSvg(svg);
			}
		}
		else if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")) {
			ActiveContent.checkMedia(head, content.tail());
		}
		if (type.startsWith(OOXML) || type.startsWith(ODF)) {
			ExpansionCheck.checkContainer(content, size);
		}
		if (type.equals("image/png")) {
			ExpansionCheck.checkPng(head);
		}
	}

	/**
	 * The extension must name what the bytes are: the same type, a more precise one (.csv for text), or, for audio
	 * and video, any media container. Plain text and XML names do not cover the formats built on them.
	 */
	private void requireNameMatches(String fileName, String type) {
		MediaType named = MediaType.parse(tika.detect(fileName));
		MediaType actual = MediaType.parse(type);
		if (named.equals(MediaType.OCTET_STREAM) || named.equals(actual) || registry.isSpecializationOf(named, actual)
				|| registry.isSpecializationOf(actual, named) && !TOO_GENERAL.contains(named)
				|| media(named) && media(actual)) {
			return;
		}
		throw new InvalidInputException("file", "learning.file.misnamed", fileName, FileKinds.one(named.toString()),
				extension(fileName), FileKinds.one(type), expectedExtension(type));
	}

	private static boolean media(MediaType type) {
		return type.getType().equals("audio") || type.getType().equals("video");
	}

	static boolean allowed(String type) {
		return ALLOWED.contains(type) || type.startsWith(OOXML) || type.startsWith(ODF);
	}

	/** The usual extension of a type (.png), or a message saying so where Tika knows none. */
	private Object expectedExtension(String type) {
		try {
			String extension = types.forName(type).getExtension();
			return extension.isEmpty() ? Msg.of("learning.file.usual-extension") : extension;
		}
		catch (MimeTypeException ex) {
			return Msg.of("learning.file.usual-extension");
		}
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? fileName : fileName.substring(dot);
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
