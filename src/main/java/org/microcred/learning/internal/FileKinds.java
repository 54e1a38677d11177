package org.microcred.learning.internal;

import static org.microcred.learning.internal.EvidenceInspector.ODF;
import static org.microcred.learning.internal.EvidenceInspector.OOXML;

import java.util.Map;

/** What a media type is called in messages to teachers. */
final class FileKinds {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("application/pdf", "a PDF document"),
			Map.entry("image/png", "a PNG image"), Map.entry("image/jpeg", "a JPEG image"), Map.entry("image/gif", "a GIF image"),
			Map.entry("image/webp", "a WebP image"), Map.entry("image/heic", "a HEIC image"), Map.entry("image/heif", "a HEIF image"),
			Map.entry("image/tiff", "a TIFF image"), Map.entry("image/svg+xml", "an SVG image"),
			Map.entry("text/plain", "plain text"), Map.entry("text/csv", "CSV text"), Map.entry("text/markdown", "Markdown text"),
			Map.entry("application/json", "JSON text"), Map.entry("application/rtf", "an RTF document"),
			Map.entry("application/msword", "a Word document"), Map.entry("application/vnd.ms-excel", "an Excel workbook"),
			Map.entry("application/vnd.ms-powerpoint", "a PowerPoint presentation"), Map.entry("application/zip", "a zip archive"));

	private FileKinds() {
	}

	/** "a PNG image", "a Word document", "an audio recording"… */
	static String one(String type) {
		if (NAMES.containsKey(type)) {
			return NAMES.get(type);
		}
		if (type.contains("wordprocessingml") || type.startsWith(ODF + "text")) {
			return "a Word document";
		}
		if (type.contains("spreadsheetml") || type.startsWith(ODF + "spreadsheet")) {
			return "a spreadsheet";
		}
		if (type.contains("presentationml") || type.startsWith(ODF + "presentation")) {
			return "a presentation";
		}
		if (type.startsWith("audio/")) {
			return "an audio recording";
		}
		if (type.startsWith("video/")) {
			return "a video";
		}
		return "a file of type " + type;
	}

	/** What kind of files may not be uploaded, for a refusal: "Programs", "Archives"… */
	static String plural(String type) {
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

}
