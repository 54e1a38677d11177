package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** What the public sees of a revoked or suspended badge, over HTTP: no clean copy to share, the public reason only. */
class RevokedBadgeIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	String page(IssuedCredential issued) throws Exception {
		return new String(get("/credentials/" + issued.id()).body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void aRevokedBadgeOffersNoLinkedInNoImagesAndOnlyAStampedCertificate() throws Exception {
		Published credential = credentials.publish("Revoked page");
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = Issued.now(badges, credential, teacher);
		assertThat(page(issued)).contains("linkedin.com/profile/add", "/certificate.pdf", "/badge.png");
		assertThat(pdfText(get("/credentials/" + issued.id() + "/certificate.pdf").body())).doesNotContain("REVOKED");

		badges.revoke(credential.admin(), issued.id(), "The evidence was copied from a colleague's portfolio.",
				"Issued in error");

		String page = page(issued);
		assertThat(page).contains("revoked", "Issued in error")
			.doesNotContain("linkedin.com/profile/add", "/certificate.pdf", "/badge.png", "/badge.svg", "copied from a colleague");
		HttpResponse<byte[]> pdf = get("/credentials/" + issued.id() + "/certificate.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdfText(pdf.body())).contains("REVOKED", "not valid");
		assertThat(get("/credentials/" + issued.id() + "/badge.png").statusCode()).isEqualTo(409);
		assertThat(get("/credentials/" + issued.id() + "/badge.svg").statusCode()).isEqualTo(409);

		String mine = browserSession().logIn(teacher.email(), TestData.PASSWORD).get("/teacher/badges").body();
		assertThat(mine).contains("copied from a colleague");
	}

	@Test
	void aSuspendedBadgeIsStampedSuspendedUntilReinstated() throws Exception {
		Published credential = credentials.publish("Suspended page");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());

		badges.suspend(credential.admin(), issued.id(), "A complaint is being looked into.", null);
		assertThat(page(issued)).contains("suspended").doesNotContain("linkedin.com/profile/add", "complaint");
		assertThat(pdfText(get("/credentials/" + issued.id() + "/certificate.pdf").body())).contains("SUSPENDED");

		badges.reinstate(credential.admin(), issued.id());
		assertThat(page(issued)).contains("linkedin.com/profile/add");
		assertThat(pdfText(get("/credentials/" + issued.id() + "/certificate.pdf").body())).doesNotContain("SUSPENDED");
	}

}
