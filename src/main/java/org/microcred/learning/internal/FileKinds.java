package org.microcred.learning.internal;

import static org.microcred.learning.internal.EvidenceInspector.ODF;

import java.util.Map;

import org.microcred.platform.Msg;

/** What a media type is called in messages to teachers, in their language. */
final class FileKinds {

	/** The name of a kind is the bundle's {@code learning.file-kind.<kind>}: "a PNG image", "una imagen PNG"… */
	private static final String KEY = "learning.file-kind.";

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpeg"), Map.entry("image/gif", "gif"),
			Map.entry("image/webp", "webp"), Map.entry("image/heic", "heic"), Map.entry("image/heif", "heif"),
			Map.entry("image/tiff", "tiff"), Map.entry("image/svg+xml", "svg"), Map.entry("text/plain", "text"),
			Map.entry("text/csv", "csv"), Map.entry("text/markdown", "markdown"), Map.entry("application/json", "json"),
			Map.entry("application/rtf", "rtf"), Map.entry("application/msword", "word"),
			Map.entry("application/vnd.ms-excel", "excel"), Map.entry("application/vnd.ms-powerpoint", "powerpoint"),
			Map.entry("application/zip", "zip"));

	private FileKinds() {
	}

	/** "a PNG image", "a Word document", "an audio recording"… */
	static Msg one(String type) {
		return Msg.of(KEY + kind(type), type);
	}

	private static String kind(String type) {
		if (KINDS.containsKey(type)) {
			return KINDS.get(type);
		}
		if (type.contains("wordprocessingml") || type.startsWith(ODF + "text")) {
			return "word";
		}
		if (type.contains("spreadsheetml") || type.startsWith(ODF + "spreadsheet")) {
			return "spreadsheet";
		}
		if (type.contains("presentationml") || type.startsWith(ODF + "presentation")) {
			return "presentation";
		}
		if (type.startsWith("audio/")) {
			return "audio";
		}
		if (type.startsWith("video/")) {
			return "video";
		}
		return "other";
	}

	/** What kind of files may not be uploaded, for a refusal: "Programs", "Archives"… */
	static Msg plural(String type) {
		if (type.contains("msdownload") || type.contains("executable") || type.contains("dosexec")
				|| type.contains("sharedlib") || type.contains("mach-o") || type.contains("java-archive")
				|| type.contains("x-sh") || type.contains("elf")) {
			return Msg.of("learning.file-kinds.programs");
		}
		if (type.contains("zip") || type.contains("compressed") || type.contains("tar") || type.contains("rar")
				|| type.contains("7z")) {
			return Msg.of("learning.file-kinds.archives");
		}
		return Msg.of("learning.file-kinds.other", type);
	}

}
