package org.microcred.badge.internal;

import org.microcred.platform.QrCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A printable certificate (PDF, A4 landscape) with the badge image and a QR code to the badge page, where the
 * credential can be verified. The PDF is a convenience; the signed credential is the proof. The certificate of a
 * revoked or suspended credential is stamped across the page, so no clean copy of it can be printed.
 */
public final class Certificates {

	private Certificates() {
	}

	/**
	 * What the certificate says, every line already in the reader's language.
	 * @param issued "issued by … on …", with the PD hours when there are some
	 * @param validUntil "Valid until …", or null
	 * @param stamp REVOKED or SUSPENDED across the page, or null for a valid credential
	 * @param stampNote the sentence under the title that says so (null without a stamp)
	 */
	public record Content(Lines lines, String earner, String achievement, String issued, String validUntil, String url,
			byte[] badgePng, String stamp, String stampNote) {
	}

	/** The fixed lines: the heading, "This certifies that", "earned the micro-credential" and "Verify it at:". */
	public record Lines(String heading, String certifies, String earned, String verifyAt) {
	}

	public static byte[] pdf(Content c) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
			document.addPage(page);
			document.getDocumentInformation().setTitle(c.achievement() + " — " + c.earner());
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float width = page.getMediaBox().getWidth();
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.setLineWidth(3);
				text.setStrokingColor(0.03f, 0.27f, 0.5f);
				text.addRect(24, 24, width - 48, page.getMediaBox().getHeight() - 48);
				text.stroke();
				if (c.badgePng() != null) {
					PDImageXObject badge = PDImageXObject.createFromByteArray(document, c.badgePng(), "badge");
					text.drawImage(badge, 60, 330, 180, 180);
				}
				PDImageXObject qr = LosslessFactory.createFromImage(document, QrCodes.image(c.url(), 280, 1));
				text.drawImage(qr, width - 200, 60, 140, 140);
				line(text, bold, 14, 280, 480, c.lines().heading());
				line(text, regular, 13, 280, 450, c.lines().certifies());
				line(text, bold, 26, 280, 415, c.earner());
				line(text, regular, 13, 280, 385, c.lines().earned());
				line(text, bold, 20, 280, 352, c.achievement());
				line(text, regular, 13, 280, 322, c.issued());
				if (c.validUntil() != null) {
					line(text, regular, 12, 280, 300, c.validUntil());
				}
				line(text, regular, 10, 60, 80, c.lines().verifyAt());
				line(text, regular, 10, 60, 64, c.url());
				if (c.stamp() != null) {
					stamp(text, bold, c.stamp(), c.stampNote(), width);
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stamp(PDPageContentStream stream, PDType1Font font, String stamp, String note, float width)
			throws IOException {
		stream.setNonStrokingColor(0.75f, 0.05f, 0.05f);
		stream.setStrokingColor(0.75f, 0.05f, 0.05f);
		stream.beginText();
		stream.setFont(font, 96);
		stream.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(24), 150, 150));
		stream.showText(winAnsi(font, stamp));
		stream.endText();
		stream.beginText();
		stream.setFont(font, 13);
		stream.newLineAtOffset(280, 520);
		stream.showText(winAnsi(font, note));
		stream.endText();
		stream.addRect(40, 40, width - 80, 6);
		stream.fill();
	}

	/** Text wider than the page is set smaller, down to 9 points, rather than running off the edge. */
	private static void line(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		String safe = winAnsi(font, text);
		float maxWidth = PDRectangle.A4.getHeight() - x - 50;
		float fitted = size;
		while (fitted > 9 && font.getStringWidth(safe) / 1000 * fitted > maxWidth) {
			fitted -= 0.5f;
		}
		stream.beginText();
		stream.setFont(font, fitted);
		stream.setNonStrokingColor(0.1f, 0.12f, 0.14f);
		stream.newLineAtOffset(x, y);
		stream.showText(safe);
		stream.endText();
	}

	/** The standard PDF fonts cover Western European text; anything else is replaced rather than failing. */
	private static String winAnsi(PDType1Font font, String text) {
		StringBuilder safe = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				safe.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				safe.append('?');
			}
		});
		return safe.toString();
	}

}
