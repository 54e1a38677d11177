package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.microcred.platform.InvalidInputException;

/**
 * Checks a caption file as WebVTT (W3C WebVTT: UTF-8 text whose first line starts with "WEBVTT", then a space, a
 * tab or the end of the line) within a size limit, and gives its text. Anything else is refused with a message
 * that says what a caption file must be.
 */
public final class WebVtt {

	/** Captions of an hour of speech are far below this. */
	public static final int MAX_BYTES = 512 * 1024;

	private WebVtt() {
	}

	/** The caption file's text; refused when it is not a WebVTT file or is too large. */
	public static String read(String fileName, InputStream content) {
		if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
			throw notVtt();
		}
		byte[] bytes;
		try {
			bytes = content.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new InvalidInputException("captions", "learning.file.interrupted");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("captions", "learning.captions.too-large", MAX_BYTES / 1024);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw notVtt();
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.startsWith("WEBVTT") || text.indexOf('\0') >= 0) {
			throw notVtt();
		}
		if (text.length() > 6 && " \t\r\n".indexOf(text.charAt(6)) < 0) {
			throw notVtt();
		}
		return text;
	}

	private static InvalidInputException notVtt() {
		return new InvalidInputException("captions", "learning.captions.not-vtt");
	}

}
