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

import jakarta.json.Json;

/** The public documents as a browser verifier or wallet on another origin, and a shared cache, see them. */
class PublicDocumentsHttpIntegrationTests extends IntegrationTest {

	static final String WALLET = "https://wallet.example.org";

	@Autowired
	BadgeService badges;

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

}
