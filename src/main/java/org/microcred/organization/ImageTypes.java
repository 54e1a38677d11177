package org.microcred.organization;

/**
 * Recognizes the raster image types we accept for logos from their first bytes (never from a name or a
 * client-supplied type). SVG is refused: it can carry script.
 */
final class ImageTypes {

	static final int MAX_LOGO_BYTES = 1024 * 1024;

	private ImageTypes() {
	}

	static String detect(byte[] bytes) {
		if (bytes == null || bytes.length < 12) {
			return null;
		}
		if ((bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F' && bytes[8] == 'W'
				&& bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

}
