package org.microcred.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test files with real bytes: a PDF, a Windows executable, zip bombs dressed as Word documents, images, and the
 * hostile kinds (a web page, scripted SVGs, a GIF that is also a script).
 */
public final class Files {

	private Files() {
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** A minimal PE (Windows) executable header. */
	public static byte[] executable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	/** A .docx whose one entry inflates to {@code megabytes} of zeros. */
	public static byte[] zipBomb(int megabytes) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


	/** The same bomb, its central directory claiming the big entry holds 1,000 bytes. */
	public static byte[] lyingZipBomb(int megabytes) {
		byte[] zip = zipBomb(megabytes);
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < zip.length - 28; i++) {
			int signature = buffer.getInt(i);
			if (signature == 0x02014b50 && buffer.getInt(i + 24) > 1000) {
				buffer.putInt(i + 24, 1000);
			}
			if (signature == 0x08074b50 && buffer.getInt(i + 12) > 1000) {
				buffer.putInt(i + 12, 1000);
			}
		}
		return zip;
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] gif() {
		return image("gif");
	}

	/** A PNG carrying a script in a text chunk, as an image/HTML polyglot does. */
	public static byte[] pngWithScript() {
		byte[] png = png();
		byte[] text = "Comment\0<script>alert(document.domain)</script>".getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream chunk = new ByteArrayOutputStream();
		chunk.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(text.length).array());
		byte[] typed = new byte[4 + text.length];
		System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, typed, 0, 4);
		System.arraycopy(text, 0, typed, 4, text.length);
		chunk.writeBytes(typed);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(typed);
		chunk.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		// after the signature (8 bytes) and the IHDR chunk (25 bytes)
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		out.writeBytes(chunk.toByteArray());
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	/** A GIF whose bytes also run as JavaScript: the screen width opens a comment that the trailer closes. */
	public static byte[] gifScriptPolyglot() {
		byte[] gif = gif();
		byte[] polyglot = java.util.Arrays.copyOf(gif, gif.length);
		polyglot[6] = '/';
		polyglot[7] = '*';
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(polyglot);
		out.writeBytes("*/=alert(document.domain);//".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** An SVG with the given markup inside its root element. */
	public static byte[] svg(String inside) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
				+ "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"100\">" + inside + "</svg>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] image(String format) {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x3366cc);
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(image, format, bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An MP4 video of about {@code bytes} bytes (an {@code ftyp} box, then an {@code mdat} box of seeded random
	 * bytes): large test uploads without a real recording.
	 */
	public static byte[] video(int bytes, long seed) {
		byte[] video = new byte[bytes];
		new java.util.Random(seed).nextBytes(video);
		java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(video);
		header.putInt(24).put("ftypisom".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0x200)
			.put("isommp41".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		header.putInt(bytes - 24).put("mdat".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return video;
	}

}
