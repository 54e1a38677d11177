package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The public URLs of an issued credential, as a browser or another system sees them. */
class BadgePagesIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	final HttpClient http = HttpClient.newHttpClient();

	IssuedCredential issue(Published credential, CurrentUser teacher) {
		EnrollmentId enrollment = enrollments.enroll(teacher, credential.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflection");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		return badges.ofTeacher(teacher.id()).get(0);
	}

	HttpResponse<byte[]> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> postFile(String path, String name, byte[] bytes) throws Exception {
		String boundary = "b" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void thePageTheSignedJsonAndTheBakedImagesAreServedAtStableUrls() throws Exception {
		Published credential = credentials.publish("Public");
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = issue(credential, teacher);
		String path = "/credentials/" + issued.id();

		String page = new String(get(path, "text/html").body(), StandardCharsets.UTF_8);
		assertThat(page).contains(teacher.displayName()).contains("Verified").contains("og:title")
			.contains("linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
		HttpResponse<byte[]> json = get(path, "application/vc+ld+json");
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vc+ld+json"));
		assertThat(new String(json.body(), StandardCharsets.UTF_8)).isEqualTo(issued.signed());

		byte[] png = get(path + "/badge.png", "*/*").body();
		HttpResponse<String> verified = postFile("/api/v1/verify", "badge.png", png);
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.body()).contains("\"verified\":true");
		byte[] svg = get(path + "/badge.svg", "*/*").body();
		assertThat(postFile("/api/v1/verify", "badge.svg", svg).body()).contains("\"verified\":true");
		byte[] pdf = get(path + "/certificate.pdf", "*/*").body();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		String statusUrl = issued.signed().replaceAll("(?s).*\"statusListCredential\":\"([^\"]+)\".*", "$1");
		HttpResponse<byte[]> status = get(URI.create(statusUrl).getPath(), "application/json");
		assertThat(status.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=60"));
		String did = get("/issuers/" + credential.issuer() + "/did.json", "application/json").body().length > 0
				? new String(get("/issuers/" + credential.issuer() + "/did.json", "*/*").body(), StandardCharsets.UTF_8) : "";
		assertThat(did).contains("Multikey").contains("#key-1");
		assertThat(new String(get("/issuers/" + credential.issuer(), "application/ld+json").body(), StandardCharsets.UTF_8))
			.contains("\"type\":[\"Profile\"]");
	}

	@Test
	void aRevocationShowsOnThePageAtOnce() throws Exception {
		Published credential = credentials.publish("Shown revoked");
		IssuedCredential issued = issue(credential, data.teacher());
		badges.revoke(credential.admin(), issued.id(), "The evidence was not the teacher's own.", "Issued in error.");
		String page = new String(get("/credentials/" + issued.id(), "text/html").body(), StandardCharsets.UTF_8);
		assertThat(page).contains("This credential was revoked").contains("Issued in error.").contains("Not verified")
			.doesNotContain("not the teacher");
	}

	@Test
	void theVerifierAnswersBadInputWithAReportOrA400NeverA500() throws Exception {
		HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"broken")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(malformed.statusCode()).isEqualTo(200);
		assertThat(malformed.body()).contains("\"verified\":false").contains("not valid JSON");

		HttpResponse<String> notAnImage = postFile("/api/v1/verify", "photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
		assertThat(notAnImage.statusCode()).isEqualTo(200);
		assertThat(notAnImage.body()).contains("\"verified\":false");

		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		HttpResponse<String> nested = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(deep)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(nested.statusCode()).isEqualTo(200);
		assertThat(nested.body()).contains("\"verified\":false");

		byte[] huge = new byte[11 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) ' ');
		HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("10 MB");
	}

}
