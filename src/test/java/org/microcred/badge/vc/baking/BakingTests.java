package org.microcred.badge.vc.baking;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.Standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Baked badges from the 1EdTech validator fixtures open, and ours round-trip; broken images say why. */
class BakingTests {

	private final PngBaker png = new PngBaker();

	private final SvgBaker svg = new SvgBaker();

	private final String credential = SampleCredentials.microCredential().toString();

	@Test
	void extractsTheJsonAndJwtCredentialsOfThe1EdTechFixtures() {
		BakedCredential fromPng = this.png.extract(Standards.bytes("examples/validator-tests/simple-json.png"));
		assertThat(fromPng.format()).isEqualTo(BakedCredential.Format.JSON);
		assertThat(Standards.parse(fromPng.text()).getString("id")).isNotBlank();

		BakedCredential jwt = this.png.extract(Standards.bytes("examples/validator-tests/simple-jwt.png"));
		assertThat(jwt.format()).isEqualTo(BakedCredential.Format.JWT);
		assertThat(jwt.text()).startsWith("eyJ").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

		BakedCredential fromSvg = this.svg.extract(Standards.bytes("examples/validator-tests/simple-json.svg"));
		assertThat(fromSvg.format()).isEqualTo(BakedCredential.Format.JSON);
		assertThat(Standards.parse(fromSvg.text()).getJsonArray("type").toString()).contains("OpenBadgeCredential");
	}

	@Test
	void rebakingAPngReplacesTheCredentialSoThereIsExactlyOne() {
		byte[] original = Standards.bytes("examples/validator-tests/simple-json.png");

		byte[] baked = this.png.bake(original, this.credential);

		assertThat(this.png.extract(baked).text()).isEqualTo(this.credential);
		assertThat(this.png.extract(this.png.bake(baked, "eyJh.eyJi.c2ln")).format())
			.isEqualTo(BakedCredential.Format.JWT);
		assertThat(baked.length).isLessThan(original.length + this.credential.getBytes(StandardCharsets.UTF_8).length
				+ 100);
	}

	@Test
	void rejectsPngsWithNoneOrTwoCredentialsOrCorruptionOrNoPngAtAll() {
		byte[] plain = withoutCredential();
		assertThatThrownBy(() -> this.png.extract(plain)).isInstanceOf(BakingException.class)
			.hasMessageContaining("no baked credential");

		byte[] twice = twoCredentials();
		assertThatThrownBy(() -> this.png.extract(twice)).hasMessageContaining("2 openbadgecredential chunks");

		byte[] corrupt = this.png.bake(plain, this.credential);
		corrupt[corrupt.length - 30] ^= 0x55;
		assertThatThrownBy(() -> this.png.extract(corrupt)).hasMessageContaining("CRC");

		assertThatThrownBy(() -> this.png.extract("GIF89a".getBytes(StandardCharsets.US_ASCII)))
			.hasMessageContaining("not a PNG");
	}

	@Test
	void anOpenBadges20BakedPngIsRecognisedAndExplained() {
		String legacyKeyword = "openbadges" + "\0".repeat(9);
		String text = new String(withoutCredential(), StandardCharsets.ISO_8859_1).replace("openbadgecredentiaX", legacyKeyword);
		byte[] legacy = fixCrcs(text.getBytes(StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> this.png.extract(legacy)).isInstanceOf(BakingException.class)
			.hasMessageContaining("Open Badges 2.0");
	}

	@Test
	void svgRoundTripsJsonWithCdataTerminatorsAndJwt() {
		String tricky = "{\"name\":\"a ]]> b <c> & d\"}";
		byte[] plain = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\"/></svg>"
			.getBytes(StandardCharsets.UTF_8);

		byte[] baked = this.svg.bake(plain, new BakedCredential(tricky, BakedCredential.Format.JSON));
		assertThat(this.svg.extract(baked).text()).isEqualTo(tricky);
		assertThat(new String(baked, StandardCharsets.UTF_8)).contains("xmlns:openbadges=\"" + SvgBaker.NAMESPACE + "\"");

		byte[] rebaked = this.svg.bake(baked, new BakedCredential("eyJh.eyJi.c2ln", BakedCredential.Format.JWT));
		assertThat(this.svg.extract(rebaked)).isEqualTo(new BakedCredential("eyJh.eyJi.c2ln", BakedCredential.Format.JWT));
	}

	@Test
	void svgExtractionRefusesExternalEntitiesAndReportsMissingOrDuplicateCredentials() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"" + SvgBaker.NAMESPACE + "\">"
				+ "<openbadges:credential>&x;</openbadges:credential></svg>";
		assertThat(extractText(xxe)).doesNotContain("root:");

		String none = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
		assertThatThrownBy(() -> extractText(none)).hasMessageContaining("no baked credential");

		String two = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:o=\"" + SvgBaker.NAMESPACE + "\">"
				+ "<o:credential>{}</o:credential><o:credential>{}</o:credential></svg>";
		assertThatThrownBy(() -> extractText(two)).hasMessageContaining("exactly one");

		assertThatThrownBy(() -> extractText("not xml")).isInstanceOf(BakingException.class);
	}

	private String extractText(String svgText) {
		return this.svg.extract(svgText.getBytes(StandardCharsets.UTF_8)).text();
	}

	private byte[] withoutCredential() {
		// Baking replaces the fixture's chunk; turning its keyword into another one leaves none.
		byte[] baked = this.png.bake(Standards.bytes("examples/validator-tests/simple-json.png"), "{}");
		String text = new String(baked, StandardCharsets.ISO_8859_1).replace("openbadgecredential", "openbadgecredentiaX");
		return fixCrcs(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private byte[] twoCredentials() {
		byte[] once = this.png.bake(withoutCredential(), this.credential);
		String text = new String(once, StandardCharsets.ISO_8859_1).replace("openbadgecredentiaX", "openbadgecredential");
		return fixCrcs(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static byte[] fixCrcs(byte[] png) {
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(png);
		int offset = 8;
		while (offset < png.length) {
			int length = buffer.getInt(offset);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(png, offset + 4, length + 4);
			buffer.putInt(offset + 8 + length, (int) crc.getValue());
			offset += 12 + length;
		}
		return png;
	}

}
