package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.support.IntegrationTest;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Spanish-speaking visitor reads the badge page, the verifier's report and the log-in page in Spanish, and a
 * Spanish-speaking teacher's certificate is printed in Spanish; without a stated language everything is English.
 */
class BadgeLanguagesIntegrationTests extends IntegrationTest {

	static final Map<String, String> SPANISH = Map.of("Accept-Language", "es-MX,es;q=0.9");

	@Autowired
	BadgeService badges;

	@Autowired
	AccountService accounts;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theBadgePageAndItsLiveVerificationFollowTheBrowsersLanguage() {
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = Issued.now(badges, credentials.publish("Languages page"), teacher);
		String path = "/credentials/" + issued.id();
		WebClientSession visitor = browserSession();

		String spanish = visitor.get(path, SPANISH).body();
		assertThat(spanish).contains("lang=\"es\"", "Obtenida por", "Qué reconoce", "Certificado (PDF)", "Verificada",
				"Firma eddsa-rdfc-2022 válida de", "Revocación y suspensión", "Válida: no está revocada ni suspendida")
			.doesNotContain("Earned by", "Valid eddsa-rdfc-2022 signature");

		String english = browserSession().get(path).body();
		assertThat(english).contains("Earned by", "What it recognizes", "Verified", "Valid eddsa-rdfc-2022 signature by")
			.doesNotContain("Obtenida por");
	}

	@Test
	void theVerifierAnswersInTheVisitorsLanguageAndTheApiKeepsItsEnglishMessageAndCode() throws Exception {
		IssuedCredential issued = Issued.now(badges, credentials.publish("Languages verify"), data.teacher());
		byte[] tampered = issued.signed().replace("Languages verify", "Languages verified").getBytes(StandardCharsets.UTF_8);
		WebClientSession visitor = browserSession();

		assertThat(visitor.get("/verify", SPANISH).body()).contains("Verificar una credencial de Open Badges 3.0",
				"Correo electrónico de quien obtuvo la credencial (opcional)");
		String report = visitor.postMultipart("/verify", "/verify", Map.of("credential", new String(tampered,
				StandardCharsets.UTF_8)), null, null, SPANISH).body();
		assertThat(report).contains("No verificada", "Falló", "La firma no coincide: la credencial se modificó después de firmarse");
		String englishReport = browserSession().postMultipart("/verify", "/verify",
				Map.of("credential", issued.signed()), null, null).body();
		assertThat(englishReport).contains("Verified", "Passed", "Valid eddsa-rdfc-2022 signature by").doesNotContain("Verificada");

		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "es")
			.POST(HttpRequest.BodyPublishers.ofByteArray(tampered))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.headers().firstValue("Content-Language")).hasValue("es");
		assertThat(api.body()).contains("\"message\":\"The signature does not match:", "\"messageKey\":\"badge.verify.proof.mismatch\"",
				"\"title\":\"Firma\"", "\"localizedMessage\":\"La firma no coincide:");
	}

	@Test
	void theLogInPageFollowsTheBrowsersLanguage() {
		assertThat(browserSession().get("/login", SPANISH).body()).contains("Iniciar sesión", "Correo electrónico",
				"¿Olvidó su contraseña?").doesNotContain("Forgot your password?");
		assertThat(browserSession().get("/login").body()).contains("Log in", "Forgot your password?");
		assertThat(browserSession().get("/login?error", SPANISH).body())
			.contains("Ese correo electrónico y esa contraseña no corresponden a ninguna cuenta.");
	}

	@Test
	void theCertificateOfASpanishSpeakingTeacherIsInSpanishUnlessTheReaderAsksForAnotherLanguage() throws Exception {
		CurrentUser maria = data.teacher();
		accounts.updatePreferences(maria, "es", "", List.of(Locale.ENGLISH, Locale.forLanguageTag("es")));
		IssuedCredential hers = Issued.now(badges, credentials.publish("Languages certificate"), maria);
		IssuedCredential his = Issued.now(badges, credentials.publish("Languages certificate en"), data.teacher());

		HttpResponse<byte[]> pdf = certificate(hers, null);
		assertThat(pdf.headers().firstValue("Content-Language")).hasValue("es");
		assertThat(text(pdf.body())).contains("CERTIFICADO DE LOGRO", "Se certifica que", maria.displayName(),
				"obtuvo la microcredencial", "Languages certificate", "Verifíquela en:")
			.containsPattern("emitida por .+ el \\d{1,2} de [a-zé]+ de \\d{4}")
			.doesNotContain("CERTIFICATE OF ACHIEVEMENT");
		assertThat(text(certificate(hers, "en-US").body())).contains("CERTIFICATE OF ACHIEVEMENT", "This certifies that");
		assertThat(text(certificate(his, null).body())).contains("CERTIFICATE OF ACHIEVEMENT", "earned the micro-credential");
	}

	HttpResponse<byte[]> certificate(IssuedCredential issued, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/credentials/" + issued.id() + "/certificate.pdf"));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
