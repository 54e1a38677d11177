package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.vc.JwtForge;
import org.microcred.badge.vc.jwt.VcJwt;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.Feedback;
import org.microcred.learning.LearningService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public verifier over HTTP, as an attacker meets it: VC-JWTs signed with the forger's own key or with
 * claims that contradict the credential are refused, a genuine one from this installation's issuer key still
 * verifies; and bodies above 10 MB are refused by their declared length or cut off, never read whole.
 */
class VerifierTrustIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	LearningService learning;

	@Autowired
	IssuerKeys issuerKeys;

	final HttpClient http = HttpClient.newHttpClient();

	/** A credential this installation issued, without its Data Integrity proof, and its issuer's signing key. */
	record Genuine(JsonObject credential, IssuerKeys.Signer signer) {
	}

	Genuine genuine() {
		Published published = credentials.publish("JWT");
		CurrentUser teacher = data.teacher();
		EnrollmentId enrollment = enrollments.enroll(teacher, published.credential(), false);
		enrollments.saveText(teacher, enrollment, "plan", "Plan");
		enrollments.saveText(teacher, enrollment, "reflection", "Reflection");
		AttemptId attempt = enrollments.submit(teacher, enrollment, UUID.randomUUID());
		learning.decide(attempt, true, new Feedback("Well done", List.of()));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !badges.ofTeacher(teacher.id()).isEmpty());
		JsonObject signed = Json.createReader(new java.io.StringReader(badges.ofTeacher(teacher.id()).get(0).signed())).readObject();
		return new Genuine(Json.createObjectBuilder(signed).remove("proof").build(), issuerKeys.signer(published.issuer().value()));
	}

	HttpResponse<String> postApi(String contentType, HttpRequest.BodyPublisher body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> verifyJwt(String jwt) throws Exception {
		return postApi("text/plain", HttpRequest.BodyPublishers.ofString(jwt));
	}

	@Test
	void aGenuineJwtVerifiesAndForgedOnesAreRefusedWithAPlainReason() throws Exception {
		Genuine genuine = genuine();
		Ed25519KeyPair forger = Ed25519KeyPair.generate();
		String genuineJwt = VcJwt.signEdDsa(genuine.credential(), genuine.signer().key(), genuine.signer().keyId());
		HttpResponse<String> ok = verifyJwt(genuineJwt);
		assertThat(ok.body()).as(ok.body()).contains("\"verified\":true").contains("Valid VC-JWT signature (EdDSA)");

		JsonObject payload = JwtForge.payload(genuine.credential()).build();
		String issuer = genuine.credential().getJsonObject("issuer").getString("id");
		Map<String, String> forgeries = Map.of(
				"not one of the issuer " + issuer, JwtForge.compact(JwtForge.jwkHeader(forger), payload, forger),
				"belongs to " + forger.didKey(), JwtForge.compact(
						JwtForge.kidHeader(forger.didKey() + "#" + forger.publicKeyMultibase()), payload, forger),
				"The VC-JWT's iss claim", signedByIssuer(genuine, Json.createObjectBuilder(payload).add("iss", forger.didKey()).build()),
				"The VC-JWT's jti claim", signedByIssuer(genuine, Json.createObjectBuilder(payload).add("jti", "urn:uuid:" + UUID.randomUUID()).build()),
				"The VC-JWT's nbf claim", signedByIssuer(genuine, Json.createObjectBuilder(payload)
					.add("nbf", Instant.now().minus(Duration.ofDays(400)).getEpochSecond()).build()),
				"The VC-JWT's sub claim", signedByIssuer(genuine, Json.createObjectBuilder(payload).add("sub", "did:example:someone-else").build()));
		for (Map.Entry<String, String> forgery : forgeries.entrySet()) {
			HttpResponse<String> refused = verifyJwt(forgery.getValue());
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).as(forgery.getKey()).contains("\"verified\":false").contains(forgery.getKey())
				.contains("{\"step\":\"proof\",\"status\":\"FAILED\"");
		}

		WebClientSession browser = browserSession();
		HttpResponse<String> page = browser.postMultipart("/verify", "/verify", Map.of("credential", forgeries.get("belongs to " + forger.didKey())), null, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Not verified").contains("belongs to " + forger.didKey());
	}

	private static String signedByIssuer(Genuine genuine, JsonObject payload) {
		return JwtForge.compact(JwtForge.kidHeader(genuine.signer().keyId()), payload, genuine.signer().key());
	}

	@Test
	void aDeclaredLengthAboveTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
		for (String contentType : new String[] { "application/json", "multipart/form-data; boundary=x" }) {
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(20_000);
				OutputStream out = socket.getOutputStream();
				out.write(("POST /api/v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
						+ "\r\nContent-Length: 524288000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				String answer = readResponse(socket.getInputStream());
				assertThat(answer).as(contentType).startsWith("HTTP/1.1 413").contains("application/problem+json")
					.contains("larger than 10 MB");
			}
		}
	}

	/** Status line, headers and body of one HTTP/1.1 response (a body with Content-Length or chunked). */
	private static String readResponse(InputStream in) throws java.io.IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.write(b);
		}
		String headers = head.toString(StandardCharsets.US_ASCII);
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(headers);
		if (length.find()) {
			return headers + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
		}
		java.io.BufferedReader chunked = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.US_ASCII));
		chunked.readLine();
		return headers + chunked.readLine();
	}

	@Test
	void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
		HttpResponse<String> json = postApi("application/json", HttpRequest.BodyPublishers.ofInputStream(() -> spaces(12)));
		assertThat(json.statusCode()).isEqualTo(413);
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(json.body()).contains("larger than 10 MB");

		HttpResponse<String> multipart = postApi("multipart/form-data; boundary=b",
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(new ByteArrayInputStream(
						"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n\r\n".getBytes()), spaces(12))));
		assertThat(multipart.statusCode()).isEqualTo(413);
		assertThat(multipart.body()).contains("larger than 10 MB");
	}

	@Test
	void aSmallMultipartFileStillVerifiesAndALargeOneGets413() throws Exception {
		Genuine genuine = genuine();
		String jwt = VcJwt.signEdDsa(genuine.credential(), genuine.signer().key(), genuine.signer().keyId());
		assertThat(postFile(jwt.getBytes(StandardCharsets.US_ASCII)).body()).contains("\"verified\":true");

		HttpResponse<String> large = postFile(new byte[11 * 1024 * 1024]);
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("larger than 10 MB");
	}

	@Test
	void pastingMoreThanTwoMegabytesIsVerifiedAndMoreThanTenIsSentBackWithAMessage() {
		WebClientSession browser = browserSession();
		HttpResponse<String> threeMb = browser.postMultipart("/verify", "/verify",
				Map.of("credential", "{\"padding\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"), null, null);
		assertThat(threeMb.statusCode()).isEqualTo(200);
		assertThat(threeMb.body()).contains("Not verified");

		HttpResponse<String> elevenMb = browser.postMultipart("/verify", "/verify",
				Map.of("credential", "x".repeat(11 * 1024 * 1024)), null, null);
		assertThat(elevenMb.statusCode()).isEqualTo(303);
		assertThat(elevenMb.headers().firstValue("Location")).hasValue("/verify?too-large");
		assertThat(browser.get("/verify?too-large").body()).contains("That input is larger than 10 MB");
	}

	private HttpResponse<String> postFile(byte[] bytes) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"credential.jwt\"\r\n\r\n".getBytes());
		body.write(bytes);
		body.write("\r\n--b--\r\n".getBytes());
		return postApi("multipart/form-data; boundary=b", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/** {@code megabytes} MB of spaces, streamed (the client sends it chunked, without a length). */
	private static InputStream spaces(int megabytes) {
		byte[] chunk = new byte[1024 * 1024];
		Arrays.fill(chunk, (byte) ' ');
		return new java.io.SequenceInputStream(java.util.Collections.enumeration(
				java.util.Collections.nCopies(megabytes, chunk).stream().map(c -> (InputStream) new ByteArrayInputStream(c)).toList()));
	}

}
