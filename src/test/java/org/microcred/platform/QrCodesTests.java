package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** A badge page's QR code reads back as its address. */
class QrCodesTests {

	static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
				// a generated image, square and upright: read it as such (finder-pattern search misreads ~3 % of them)
				java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

	@Test
	void aPngQrCodeDecodesToTheAddressItWasMadeOf() throws Exception {
		String url = "https://badges.example.org/credentials/0b7f5d0e-8f3c-4c55-9a55-1d7a3c1f2e10";
		byte[] png = QrCodes.png(url, 330);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(decode(png)).isEqualTo(url);
	}

}
