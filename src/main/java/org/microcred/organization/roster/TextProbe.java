package org.microcred.organization.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.microcred.platform.Msg;

/**
 * A first pass over an upload, byte by byte and without keeping it: is it UTF-8 text at all, and which delimiter
 * does its header row use? Answers with a message for people (which row, which byte), never an exception.
 */
final class TextProbe {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	final Msg problem;

	final char delimiter;

	final boolean bom;

	private TextProbe(Msg problem, char delimiter, boolean bom) {
		this.problem = problem;
		this.delimiter = delimiter;
		this.bom = bom;
	}

	static TextProbe of(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		int n = in.readNBytes(buffer, 0, buffer.length);
		if (n == 0) {
			return failed(Msg.of("organization.roster.file.empty"));
		}
		String binary = binaryKind(buffer, n);
		if (binary != null) {
			return failed(Msg.of("organization.roster.file.not-csv", Msg.of("organization.roster.file.kind." + binary)));
		}
		if (n >= 2 && (buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE
				|| buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF)) {
			return failed(Msg.of("organization.roster.file.utf-16"));
		}
		boolean bom = n >= 3 && Arrays.equals(Arrays.copyOf(buffer, 3), BOM);
		int headerEnd = indexOf(buffer, n, (byte) '\n');
		String header = new String(buffer, bom ? 3 : 0, (headerEnd < 0 ? n : headerEnd) - (bom ? 3 : 0),
				StandardCharsets.UTF_8);
		Msg invalid = checkUtf8(in, buffer, n);
		return invalid != null ? failed(invalid) : new TextProbe(null, delimiterOf(header), bom);
	}

	private static TextProbe failed(Msg problem) {
		return new TextProbe(problem, ',', false);
	}

	/** Validates UTF-8 to the end; says where the first bad byte is, as a spreadsheet row (line) and byte offset. */
	private static Msg checkUtf8(InputStream in, byte[] buffer, int n) throws IOException {
		long offset = 0;
		int line = 1;
		int pending = 0;
		long leadOffset = 0;
		int lead = 0;
		while (n > 0) {
			for (int i = 0; i < n; i++, offset++) {
				int b = buffer[i] & 0xFF;
				if (b == 0) {
					return Msg.of("organization.roster.file.nul", line, offset);
				}
				if (pending > 0) {
					if ((b & 0xC0) != 0x80) {
						return badByte(line, leadOffset, lead);
					}
					pending--;
					continue;
				}
				if (b == '\n') {
					line++;
				}
				else if (b >= 0x80) {
					leadOffset = offset;
					lead = b;
					pending = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
					if (pending < 0) {
						return badByte(line, offset, b);
					}
				}
			}
			n = in.readNBytes(buffer, 0, buffer.length);
		}
		return pending > 0 ? Msg.of("organization.roster.file.cut-character", line) : null;
	}

	private static Msg badByte(int line, long offset, int b) {
		return Msg.of("organization.roster.file.bad-byte", line, offset, "0x%02X".formatted(b));
	}

	/** The most frequent of comma, semicolon and tab outside quotes in the header row; comma on a tie. */
	static char delimiterOf(String header) {
		int commas = 0, semicolons = 0, tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
	}

	/** What a binary file looks like (the end of its message key), or null for text. */
	private static String binaryKind(byte[] b, int n) {
		if (starts(b, n, 'P', 'K', 3, 4)) {
			return "zip";
		}
		if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "xls";
		}
		if (starts(b, n, '%', 'P', 'D', 'F')) {
			return "pdf";
		}
		if (starts(b, n, 0x89, 'P', 'N', 'G') || starts(b, n, 0xFF, 0xD8, 0xFF) || starts(b, n, 'G', 'I', 'F')) {
			return "image";
		}
		return null;
	}

	private static boolean starts(byte[] b, int n, int... magic) {
		if (n < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] b, int n, byte value) {
		for (int i = 0; i < n; i++) {
			if (b[i] == value) {
				return i;
			}
		}
		return -1;
	}

}
