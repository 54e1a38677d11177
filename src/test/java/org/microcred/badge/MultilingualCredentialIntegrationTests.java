package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.Standards;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A credential earned in Spanish says so ({@code Achievement.inLanguage}) and links its English version (OB 3.0
 * {@code related}); it stays valid against the OB 3.0 schema and verifies. Its badge page and certificate follow
 * the visitor's language, saying which language it was earned in.
 */
class MultilingualCredentialIntegrationTests extends IntegrationTest {

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	BadgeService badges;

	@Autowired
	VerificationService verification;

	final HttpClient http = HttpClient.newHttpClient();

	IssuedCredential earn(Published credential, CurrentUser teacher, Locale language) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false, language);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflexión");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Bien hecho", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		return badges.ofTeacher(teacher.id()).get(0);
	}

	@Test
	void aCredentialEarnedInSpanishCarriesItsLanguageAndLinksTheEnglishVersion() throws Exception {
		Published credential = credentials.publishInEnglishAndSpanish("Exit tickets");
		String english = credentials.title(credential);
		String achievementId = "/achievements/" + credential.version();

		IssuedCredential spanish = earn(credential, data.teacher(), Locale.forLanguageTag("es-MX"));
		JsonObject es = achievement(spanish);
		assertThat(es.getString("inLanguage")).isEqualTo("es");
		assertThat(es.getString("name")).isEqualTo("ES " + english);
		assertThat(es.getString("id")).endsWith(achievementId + "?lang=es");
		assertThat(es.getJsonArray("related")).hasSize(1);
		JsonObject toEnglish = es.getJsonArray("related").getJsonObject(0);
		assertThat(toEnglish.getString("id")).endsWith(achievementId);
		assertThat(toEnglish.getJsonArray("type").getString(0)).isEqualTo("Related");
		assertThat(toEnglish.getString("inLanguage")).isEqualTo("en");
		assertThat(schema().validate(spanish.signed(), InputFormat.JSON)).isEmpty();
		assertThat(verification.verify(spanish).verified()).isTrue();

		IssuedCredential inEnglish = earn(credential, data.teacher(), Locale.ENGLISH);
		JsonObject en = achievement(inEnglish);
		assertThat(en.getString("inLanguage")).isEqualTo("en");
		assertThat(en.getString("name")).isEqualTo(english);
		assertThat(en.getJsonArray("related").getJsonObject(0).getString("id")).endsWith(achievementId + "?lang=es");
		assertThat(en.getJsonArray("related").getJsonObject(0).getString("inLanguage")).isEqualTo("es");
		assertThat(schema().validate(inEnglish.signed(), InputFormat.JSON)).isEmpty();
		assertThat(verification.verify(inEnglish).verified()).isTrue();

		// the badge page follows its visitor; the signed credential stays as issued
		String page = "/credentials/" + spanish.id();
		String forEnglish = browserSession().get(page, Map.of("Accept-Language", "en")).body();
		assertThat(forEnglish).contains("<h1>" + english + "</h1>", "Earned in Spanish",
				"Shown in English; the signed credential is in Spanish.");
		String forSpanish = browserSession().get(page, Map.of("Accept-Language", "es")).body();
		assertThat(forSpanish).contains("ES " + english).doesNotContain("la credencial firmada está en");
		assertThat(badges.get(spanish.id()).signed()).isEqualTo(spanish.signed());

		assertThat(certificateText(spanish, "en")).contains(english).doesNotContain("ES " + english);
		assertThat(certificateText(spanish, "es")).contains("ES " + english);
	}

	static JsonObject achievement(IssuedCredential issued) {
		return Json.createReader(new StringReader(issued.signed())).readObject()
			.getJsonObject("credentialSubject")
			.getJsonObject("achievement");
	}

	String certificateText(IssuedCredential issued, String language) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/credentials/" + issued.id() + "/certificate.pdf"))
			.header("Accept-Language", language)
			.build();
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return BadgeLanguagesIntegrationTests.text(response.body()).replaceAll("\\s+", " ");
	}

	private static Schema schema() throws Exception {
		try (InputStream in = Files.newInputStream(Standards.path("schema/ob_v3p0_achievementcredential_schema.json"))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in, InputFormat.JSON);
		}
	}

}
