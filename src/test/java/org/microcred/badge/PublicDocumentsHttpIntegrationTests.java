package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.microcred.badge.vc.verify.VerificationReport;

import jakarta.json.Json;

/** The public documents as a browser verifier or wallet on another origin, and a shared cache, see them. */
class PublicDocumentsHttpIntegrationTests extends IntegrationTest {

	static final String WALLET = "https://wallet.example.org";

	@Autowired
	BadgeService badges;

	@Autowired
	VerificationService verification;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyPublicDocumentMayBeReadFromAnyOriginWithoutCredentials() throws Exception {
		Published credential = credentials.publish("Cross-origin");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		String status = Json.createReader(new java.io.StringReader(issued.signed())).readObject()
			.getJsonObject("credentialStatus").getString("statusListCredential").replaceAll("^https?://[^/]+", "");
		Map<String, String> documents = Map.of(
				"/issuers/" + credential.issuer() + "/did.json", "application/json",
				"/issuers/" + credential.issuer(), "application/ld+json",
				status, "application/json",
				"/credentials/" + issued.id(), "application/vc+ld+json",
				"/achievements/" + credential.version(), "application/ld+json");

		for (var document : documents.entrySet()) {
			HttpResponse<String> read = send("GET", document.getKey(), Map.of("Origin", WALLET, "Accept", document.getValue()));
			assertThat(read.statusCode()).as(document.getKey()).isEqualTo(200);
			assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).as(document.getKey()).hasValue("*");
			assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).as(document.getKey()).isEmpty();

			HttpResponse<String> preflight = send("OPTIONS", document.getKey(), Map.of("Origin", WALLET,
					"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "accept"));
			assertThat(preflight.statusCode()).as(document.getKey()).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(document.getKey()).hasValue("*");
		}
		HttpResponse<String> private_ = send("GET", "/teacher/badges", Map.of("Origin", WALLET));
		assertThat(private_.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> write = send("OPTIONS", "/credentials/" + issued.id(), Map.of("Origin", WALLET,
				"Access-Control-Request-Method", "POST"));
		assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void theContentNegotiatedCredentialVariesByAcceptAndRevalidatesByETag() throws Exception {
		Published credential = credentials.publish("Vary");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		String path = "/credentials/" + issued.id();

		HttpResponse<String> json = send("GET", path, Map.of("Accept", "application/vc+ld+json"));
		HttpResponse<String> html = send("GET", path, Map.of("Accept", "text/html"));
		for (HttpResponse<String> variant : List.of(json, html)) {
			assertThat(String.join(",", variant.headers().allValues("Vary"))).containsIgnoringCase("Accept");
		}
		assertThat(json.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=300"));
		String etag = json.headers().firstValue("ETag").orElseThrow();
		assertThat(send("GET", path, Map.of("Accept", "application/vc+ld+json", "If-None-Match", etag)).statusCode())
			.isEqualTo(304);
		HttpResponse<String> did = send("GET", "/issuers/" + credential.issuer() + "/did.json", Map.of());
		assertThat(did.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=60"));
	}

	@Test
	void theCredentialIsAlsoAVcJwtWhoseClaimsRepeatItAndWhichVerifiesWithTheIssuersDidKey() throws Exception {
		Published credential = credentials.publish("As a JWT");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		String path = "/credentials/" + issued.id();

		HttpResponse<String> jwt = send("GET", path, Map.of("Accept", "application/vc+jwt"));
		assertThat(jwt.statusCode()).isEqualTo(200);
		assertThat(jwt.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vc+jwt"));
		assertThat(String.join(",", jwt.headers().allValues("Vary"))).containsIgnoringCase("Accept");
		String[] parts = jwt.body().split("\\.");
		assertThat(parts).hasSize(3);
		var header = Json.createReader(new java.io.StringReader(new String(java.util.Base64.getUrlDecoder().decode(parts[0])))).readObject();
		var payload = Json.createReader(new java.io.StringReader(new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
				java.nio.charset.StandardCharsets.UTF_8))).readObject();
		var signed = Json.createReader(new java.io.StringReader(issued.signed())).readObject();
		assertThat(header.getString("alg")).isEqualTo("EdDSA");
		assertThat(header.getString("kid")).startsWith(signed.getJsonObject("issuer").getString("id") + "#");
		assertThat(payload.getString("iss")).isEqualTo(signed.getJsonObject("issuer").getString("id"));
		assertThat(payload.getString("jti")).isEqualTo(signed.getString("id")).endsWith(path);
		// sub is credentialSubject.id; a teacher known by a hashed e-mail identifier has none, and neither has the token
		assertThat(payload.getString("sub", null)).isEqualTo(signed.getJsonObject("credentialSubject").getString("id", null));
		assertThat(payload.getJsonNumber("nbf").longValue())
			.isEqualTo(java.time.OffsetDateTime.parse(signed.getString("validFrom")).toEpochSecond());
		assertThat(payload.containsKey("proof")).as("the JWS is the proof").isFalse();
		assertThat(payload.getJsonObject("credentialSubject")).isEqualTo(signed.getJsonObject("credentialSubject"));

		VerificationReport report = verification.verify(jwt.body().getBytes(java.nio.charset.StandardCharsets.US_ASCII), null);
		assertThat(report.verified()).as(report.toString()).isTrue();
		String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
					.replace("As a JWT", "Another achievement").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
		assertThat(verification.verify(forged.getBytes(java.nio.charset.StandardCharsets.US_ASCII), null).verified()).isFalse();

		String etag = jwt.headers().firstValue("ETag").orElseThrow();
		assertThat(send("GET", path, Map.of("Accept", "application/vc+jwt")).body()).as("deterministic").isEqualTo(jwt.body());
		assertThat(send("GET", path, Map.of("Accept", "application/vc+jwt", "If-None-Match", etag)).statusCode()).isEqualTo(304);
		HttpResponse<String> download = send("GET", path + "/credential.jwt", Map.of());
		assertThat(download.body()).isEqualTo(jwt.body());
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".jwt"));
	}

}
