package org.microcred.catalog.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The generated default badge as a PNG (baking a credential into an image needs one). It looks like the SVG
 * default of {@link BadgeImages}: a coloured hexagon with the title's initials.
 */
public final class BadgeArtwork {

	private BadgeArtwork() {
	}

	public static byte[] png(String title) {
		int size = 400;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.decode(BadgeImages.color(title == null || title.isBlank() ? "Micro-credential" : title)));
			g.fillPolygon(hexagon(200, 200, 188));
			g.setColor(new Color(255, 255, 255, 180));
			g.setStroke(new BasicStroke(6));
			g.drawPolygon(hexagon(200, 200, 160));
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
			String initials = BadgeImages.initials(title);
			FontMetrics metrics = g.getFontMetrics();
			g.drawString(initials, 200 - metrics.stringWidth(initials) / 2, 200 + metrics.getAscent() / 3);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Polygon hexagon(int cx, int cy, int r) {
		Polygon polygon = new Polygon();
		for (int i = 0; i < 6; i++) {
			double angle = Math.toRadians(60 * i - 90);
			polygon.addPoint((int) Math.round(cx + r * Math.cos(angle)), (int) Math.round(cy + r * Math.sin(angle)));
		}
		return polygon;
	}

}
