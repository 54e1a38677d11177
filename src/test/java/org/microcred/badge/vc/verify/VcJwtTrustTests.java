package org.microcred.badge.vc.verify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.JwtForge;
import org.microcred.badge.vc.TestIssuer;
import org.microcred.badge.vc.jwt.VcJwt;
import org.microcred.badge.vc.keys.Ed25519KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VC-JWT is verified only with a key its issuer vouches for (DID document, profile or did:key), and only when
 * its claims say what the credential inside says. Forged tokens signed with an attacker's own key are refused.
 */
class VcJwtTrustTests {

	private HttpServer server;

	private TestIssuer issuer;

	private String baseUrl;

	private final Map<String, String> extraDocuments = new HashMap<>();

	private CredentialVerifier verifier;

	private final Ed25519KeyPair forger = Ed25519KeyPair.generate();

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void serveTheIssuer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String host = "127.0.0.1:" + this.server.getAddress().getPort();
		this.baseUrl = "http://" + host;
		this.issuer = new TestIssuer(host, "http");
		this.server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			JsonObject document = this.issuer.documents().get(path);
			String text = (document != null) ? document.toString() : this.extraDocuments.get(path);
			byte[] body = (text == null ? "{}" : text).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(text == null ? 404 : 200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.verifier = new CredentialVerifier(new HttpDocumentFetcher(Duration.ofSeconds(2), Duration.ofSeconds(3), 256 * 1024, true));
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private JsonObject credential() {
		return this.issuer.unsigned(5, this.now.minusSeconds(60), this.now.plus(30, ChronoUnit.DAYS)).build();
	}

	private VerificationReport verify(String jwt) {
		return this.verifier.verify(jwt.getBytes(StandardCharsets.US_ASCII), VerificationOptions.defaults());
	}

	@Test
	void aJwtSignedWithTheIssuersDidWebKeyVerifies() {
		VerificationReport report = verify(VcJwt.signEdDsa(credential(), this.issuer.key(), this.issuer.keyId()));

		assertThat(report.verified()).as(report.toString()).isTrue();
		assertThat(report.step("proof").orElseThrow().message()).contains("Valid VC-JWT signature (EdDSA)")
			.contains(this.issuer.did());
	}

	@Test
	void theIssuersOwnKeyEmbeddedInTheHeaderVerifies() {
		String jwt = JwtForge.compact(JwtForge.jwkHeader(this.issuer.key()), JwtForge.payload(credential()).build(),
				this.issuer.key());

		assertThat(verify(jwt).status("proof")).isEqualTo(StepStatus.PASSED);
	}

	@Test
	void aForgersKeyEmbeddedInTheHeaderIsRefused() {
		String jwt = JwtForge.compact(JwtForge.jwkHeader(this.forger), JwtForge.payload(credential()).build(), this.forger);

		VerificationReport report = verify(jwt);

		assertThat(report.verified()).isFalse();
		assertThat(report.status("proof")).isEqualTo(StepStatus.FAILED);
		assertThat(report.step("proof").orElseThrow().message()).contains("not one of the issuer " + this.issuer.did());
	}

	@Test
	void aKidNamingTheForgersOwnDidKeyIsRefused() {
		String kid = this.forger.didKey() + "#" + this.forger.publicKeyMultibase();
		String jwt = JwtForge.compact(JwtForge.kidHeader(kid), JwtForge.payload(credential()).build(), this.forger);

		VerificationReport report = verify(jwt);

		assertThat(report.verified()).isFalse();
		assertThat(report.step("proof").orElseThrow().message()).contains("belongs to " + this.forger.didKey())
			.contains("not to the issuer " + this.issuer.did());
	}

	@Test
	void aForgerNamingTheIssuersKidButSigningWithTheirOwnKeyIsRefused() {
		String jwt = JwtForge.compact(JwtForge.kidHeader(this.issuer.keyId()), JwtForge.payload(credential()).build(),
				this.forger);

		assertThat(verify(jwt).step("proof").orElseThrow().message()).contains("signature does not match");
	}

	@Test
	void claimsThatDisagreeWithTheCredentialAreRefusedEvenWhenTheIssuerSigned() {
		JsonObject credential = credential();
		Map<String, JsonObject> mismatches = Map.of(
				"iss", JwtForge.payload(credential).add("iss", "did:web:elsewhere.example").build(),
				"jti", JwtForge.payload(credential).add("jti", "urn:uuid:00000000-0000-0000-0000-000000000000").build(),
				"nbf", JwtForge.payload(credential).add("nbf", this.now.minus(9, ChronoUnit.DAYS).getEpochSecond()).build(),
				"sub", JwtForge.payload(credential).add("sub", "did:example:someone-else").build(),
				"exp", JwtForge.payload(credential).add("exp", this.now.plus(900, ChronoUnit.DAYS).getEpochSecond()).build());
		mismatches.forEach((claim, payload) -> {
			VerificationReport report = verify(JwtForge.compact(JwtForge.kidHeader(this.issuer.keyId()), payload, this.issuer.key()));
			assertThat(report.verified()).as(claim).isFalse();
			assertThat(report.step("proof").orElseThrow().message()).as(claim)
				.contains("The VC-JWT's " + claim + " claim").contains("disagree");
		});
	}

	@Test
	void missingRequiredClaimsAreRefused() {
		JsonObject credential = credential();
		for (String claim : new String[] { "iss", "jti", "nbf", "exp" }) {
			JsonObject payload = JwtForge.payload(credential).remove(claim).build();
			VerificationReport report = verify(JwtForge.compact(JwtForge.kidHeader(this.issuer.keyId()), payload, this.issuer.key()));
			assertThat(report.step("proof").orElseThrow().message()).as(claim).contains(claim + " claim");
		}
	}

	@Test
	void anExpClaimIsTheCredentialsValidUntil() {
		JsonObject credential = Json.createObjectBuilder(credential()).remove("validUntil").build();
		JsonObject payload = JwtForge.payload(credential).add("exp", this.now.minusSeconds(5).getEpochSecond()).build();

		VerificationReport report = verify(JwtForge.compact(JwtForge.kidHeader(this.issuer.keyId()), payload, this.issuer.key()));

		assertThat(report.status("proof")).isEqualTo(StepStatus.PASSED);
		assertThat(report.step("validity").orElseThrow().message()).contains("expired");
	}

	@Test
	void anRs256KeySetCountsOnlyWhenTheIssuersProfileListsIt() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		String kid = this.baseUrl + "/jwks.json#rsa-1";
		this.extraDocuments.put("/jwks.json", "{\"keys\":[" + new RSAKey.Builder((RSAPublicKey) pair.getPublic())
			.keyID("rsa-1").build().toJSONString() + "]}");
		String profile = this.baseUrl + "/profile";
		JsonObject credential = Json.createObjectBuilder(credential())
			.add("issuer", Json.createObjectBuilder().add("id", profile).add("type", Json.createArrayBuilder().add("Profile"))
				.add("name", "Issuer with a JWKS"))
			.build();
		String jwt = VcJwt.signRs256(credential, (RSAPrivateKey) pair.getPrivate(), kid);
		this.extraDocuments.put("/profile", Json.createObjectBuilder().add("id", profile).add("type", "Profile").build().toString());

		assertThat(verify(jwt).step("proof").orElseThrow().message()).contains("not listed under assertionMethod");

		this.extraDocuments.put("/profile", Json.createObjectBuilder().add("id", profile).add("type", "Profile")
			.add("assertionMethod", Json.createArrayBuilder().add(kid)).build().toString());
		assertThat(verify(jwt).step("proof").orElseThrow().message()).contains("Valid VC-JWT signature (RS256)");
	}

	@Test
	void aDidKeyIssuerSigningWithItsOwnKeyVerifiesOffline() {
		Ed25519KeyPair key = Ed25519KeyPair.generate();
		JsonObject credential = Json.createObjectBuilder(credential())
			.add("issuer", Json.createObjectBuilder().add("id", key.didKey()).add("type", Json.createArrayBuilder().add("Profile"))
				.add("name", "Self-certifying issuer"))
			.remove("credentialStatus")
			.build();

		VerificationReport report = new CredentialVerifier(DocumentFetcher.none()).verify(
				VcJwt.signEdDsa(credential, key, key.didKey() + "#" + key.publicKeyMultibase()).getBytes(StandardCharsets.US_ASCII),
				VerificationOptions.defaults());

		assertThat(report.verified()).as(report.toString()).isTrue();
	}

}
