package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.LocalFormats;
import org.microcred.platform.web.LanguageSettings;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The badge page as an earner shares it: how many educators hold the badge (valid credentials only), a sentence
 * saying what was verified (on the page and in the verifier, in English and Spanish), share links, an embed snippet
 * and a QR code of the page, plain download names; none of the sharing once it is revoked.
 */
class BadgePageSharingIntegrationTests extends IntegrationTest {

	static final Map<String, String> SPANISH = Map.of("Accept-Language", "es-MX,es;q=0.9");

	@Autowired
	BadgeService badges;

	@Autowired
	BadgePages pages;

	@Autowired
	BadgeSharing sharing;

	@Autowired
	LanguageSettings languages;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The page as a reader sees it: entities decoded. */
	String page(IssuedCredential issued, Map<String, String> headers) {
		return HtmlUtils.htmlUnescape(browserSession().get("/credentials/" + issued.id(), headers).body());
	}

	String day(IssuedCredential issued, Locale locale) {
		return LocalFormats.date(pages.view(issued.id()).validFrom(), locale, languages.timeZone());
	}

	@Test
	void theEarnerCountCountsOnlyValidCredentialsOfTheAchievement() throws Exception {
		Published credential = credentials.publish("Counted");
		IssuedCredential first = Issued.now(badges, credential, data.teacher());
		Issued.now(badges, credential, data.teacher());
		IssuedCredential revoked = Issued.now(badges, credential, data.teacher());
		IssuedCredential suspended = Issued.now(badges, credential, data.teacher());
		Issued.now(badges, credentials.publish("Another achievement"), data.teacher());
		assertThat(page(first, Map.of())).contains("Earned by 4 educators");

		badges.revoke(credential.admin(), revoked.id(), "Issued in error.");
		badges.suspend(credential.admin(), suspended.id(), "Under review.");

		assertThat(page(first, Map.of())).contains("Earned by 2 educators").doesNotContain("Earned by 4 educators");
		assertThat(page(first, SPANISH)).contains("Obtenida por 2 educadores");
		badges.reinstate(credential.admin(), suspended.id());
		assertThat(page(first, Map.of())).contains("Earned by 3 educators");
	}

	@Test
	void thePageSaysInOneSentenceWhatWasVerifiedInTheReadersLanguage() {
		Published credential = credentials.publish("Summarized");
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = Issued.now(badges, credential, teacher);
		CredentialView view = pages.view(issued.id());

		assertThat(page(issued, Map.of())).contains("Verified: " + view.achievementName() + ", earned by "
				+ teacher.displayName() + ", issued by " + view.issuerName() + " on " + day(issued, Locale.ENGLISH));
		assertThat(page(issued, SPANISH)).contains("Verificada: " + view.achievementName() + ", obtenida por "
				+ teacher.displayName() + ", emitida por " + view.issuerName() + " el " + day(issued, Locale.forLanguageTag("es")));

		sharing.saveProfile(teacher, "HIDDEN", false, null);
		assertThat(page(issued, Map.of())).contains("Verified: " + view.achievementName() + ", issued by "
				+ view.issuerName() + " on " + day(issued, Locale.ENGLISH)).doesNotContain(teacher.displayName());
	}

	@Test
	void theVerifierSaysTheSameSentenceOrWhyItIsNotVerified() {
		Published credential = credentials.publish("Verifier summary");
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = Issued.now(badges, credential, teacher);
		CredentialView view = pages.view(issued.id());

		String english = HtmlUtils.htmlUnescape(browserSession().postMultipart("/verify", "/verify",
				Map.of("credential", issued.signed()), null, null).body());
		assertThat(english).contains("Verified: " + view.achievementName() + ", earned by " + teacher.displayName()
				+ ", issued by " + view.issuerName() + " on " + day(issued, Locale.ENGLISH));
		String spanish = HtmlUtils.htmlUnescape(browserSession().postMultipart("/verify", "/verify",
				Map.of("credential", issued.signed()), null, null, SPANISH).body());
		assertThat(spanish).contains("Verificada: " + view.achievementName() + ", obtenida por " + teacher.displayName()
				+ ", emitida por " + view.issuerName() + " el " + day(issued, Locale.forLanguageTag("es")));

		String tampered = issued.signed().replace("Verifier summary", "Verifier sumary");
		assertThat(HtmlUtils.htmlUnescape(browserSession().postMultipart("/verify", "/verify",
				Map.of("credential", tampered), null, null).body()))
			.contains("Not verified: The signature does not match").doesNotContain("Verified: ");
		badges.revoke(credential.admin(), issued.id(), "Issued in error.");
		assertThat(HtmlUtils.htmlUnescape(browserSession().postMultipart("/verify", "/verify",
				Map.of("credential", issued.signed()), null, null, SPANISH).body()))
			.contains("No verificada: ").doesNotContain("Verificada: ");
	}

	@Test
	void theQrCodeIsAPngOfThePagesAddress() throws Exception {
		IssuedCredential issued = Issued.now(badges, credentials.publish("QR"), data.teacher());

		HttpResponse<byte[]> qr = get("/credentials/" + issued.id() + "/qr.png");

		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(qr.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("public", "max-age"));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
				// a generated image, square and upright: read it as such (finder-pattern search misreads ~3 % of them)
				java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
		assertThat(decoded).isEqualTo(pages.url(issued.id())).endsWith("/credentials/" + issued.id());
		assertThat(page(issued, Map.of())).contains("/credentials/" + issued.id() + "/qr.png");
	}

	@Test
	void theBadgeIsSharedWithPlainWordsAndARevokedOneOffersNoSharing() throws Exception {
		Published credential = credentials.publish("Shared");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		String url = pages.url(issued.id());
		String encoded = java.net.URLEncoder.encode(url, StandardCharsets.UTF_8);

		String page = page(issued, Map.of());
		assertThat(page).contains("https://www.linkedin.com/sharing/share-offsite/?url=" + encoded,
				"https://x.com/intent/post?", "https://www.facebook.com/sharer/sharer.php?u=" + encoded, "mailto:?subject=",
				"value=\"" + url + "\"", "Copy link", "<a href=\"" + url + "\"><img src=\"", "/qr.png",
				"Download the badge image (credential inside)", "Download the credential file", "Certificate (PDF)")
			.doesNotContain("Baked PNG", "Signed JSON");
		assertThat(page(issued, SPANISH)).contains("Compartir esta insignia", "Copiar enlace",
				"Descargar la imagen de la insignia (con la credencial dentro)", "Certificado (PDF)");

		badges.revoke(credential.admin(), issued.id(), "Issued in error.");

		String revoked = page(issued, Map.of());
		assertThat(revoked).contains("This credential was revoked", "Not verified: ")
			.doesNotContain("share-offsite", "x.com/intent", "facebook.com/sharer", "mailto:", "/qr.png", "Copy link",
					"Embed this badge", "linkedin.com/profile/add", "/badge.png", "/certificate.pdf");
		assertThat(get("/credentials/" + issued.id() + "/qr.png").statusCode()).isEqualTo(409);
		HttpResponse<byte[]> pdf = get("/credentials/" + issued.id() + "/certificate.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(RevokedBadgeIntegrationTests.pdfText(pdf.body())).contains("REVOKED");
	}

}
