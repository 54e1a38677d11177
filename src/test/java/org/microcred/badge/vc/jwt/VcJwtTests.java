package org.microcred.badge.vc.jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.Standards;
import org.microcred.badge.vc.baking.PngBaker;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.DocumentFetcher;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationOptions;
import org.microcred.badge.vc.verify.VerificationReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VC-JWT: EdDSA and RS256 signing and verification, the OB 3.0 claims, and the 1EdTech fixture. */
class VcJwtTests {

	private final JsonObject credential = SampleCredentials.microCredential();

	@Test
	void eddsaJwtCarriesTheCredentialAndTheOb30ClaimsAndVerifiesThroughTheVerifier() {
		Ed25519KeyPair key = Ed25519KeyPair.generate();
		String kid = DidKey.verificationMethodId(key.publicKeyMultibase());
		JsonObject credential = Json.createObjectBuilder(this.credential)
			.add("issuer", Json.createObjectBuilder(this.credential.getJsonObject("issuer")).add("id", key.didKey()))
			.build();

		String jwt = VcJwt.signEdDsa(credential, key, kid);

		JsonObject payload = VcJwt.credential(jwt, JsonInput.DEFAULT);
		assertThat(payload.getString("jti")).isEqualTo(this.credential.getString("id"));
		assertThat(payload.getString("iss")).isEqualTo(key.didKey());
		assertThat(payload.getJsonNumber("nbf").longValue()).isPositive();
		assertThat(payload.getJsonNumber("exp").longValue()).isGreaterThan(payload.getJsonNumber("nbf").longValue());
		VerificationReport report = new CredentialVerifier(DocumentFetcher.none())
			.verify(jwt.getBytes(), VerificationOptions.defaults());
		assertThat(report.step("proof").orElseThrow().message()).contains("Valid VC-JWT signature (EdDSA)");
	}

	@Test
	void aChangedPayloadFails() {
		Ed25519KeyPair key = Ed25519KeyPair.generate();
		String kid = DidKey.verificationMethodId(key.publicKeyMultibase());
		JsonObject credential = Json.createObjectBuilder(this.credential)
			.add("issuer", Json.createObjectBuilder(this.credential.getJsonObject("issuer")).add("id", key.didKey()))
			.build();
		String[] parts = VcJwt.signEdDsa(credential, key, kid).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.replace("Micro-credential", "Macro-credential").getBytes()) + "." + parts[2];

		VerificationReport report = new CredentialVerifier(DocumentFetcher.none())
			.verify(changed.getBytes(), VerificationOptions.defaults());

		assertThat(report.status("proof")).isEqualTo(StepStatus.FAILED);
		assertThat(report.step("proof").orElseThrow().message()).contains("signature does not match");
	}

	@Test
	void rs256SignsAndVerifiesWithTheKeyTheKidNames() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey publicJwk = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyID("key-1").build();

		String jwt = VcJwt.signRs256(this.credential, (RSAPrivateKey) pair.getPrivate(), "https://issuer.example.org/jwks#key-1");

		assertThat(VcJwt.verifySignature(jwt, (kid, embedded) -> publicJwk)).isEqualTo("RS256");
		RSAKey other = new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).build();
		assertThatThrownBy(() -> VcJwt.verifySignature(jwt, (kid, embedded) -> other)).hasMessageContaining("does not match");
	}

	@Test
	void the1EdTechBakedJwtFixtureIsSignedByItsEmbeddedKeyWhichNobodyVouchesForOffline() {
		String jwt = new PngBaker().extract(Standards.bytes("examples/validator-tests/simple-jwt.png")).text();

		assertThat(VcJwt.verifySignature(jwt, (kid, embedded) -> embedded)).isEqualTo("RS256");
		assertThat(VcJwt.credential(jwt, JsonInput.DEFAULT).getJsonArray("type").toString()).contains("OpenBadgeCredential");
		JwtClaims.check(VcJwt.payload(jwt, JsonInput.DEFAULT));
		VerificationReport offline = new CredentialVerifier(DocumentFetcher.none())
			.verify(jwt.getBytes(), VerificationOptions.defaults());
		assertThat(offline.step("proof").orElseThrow().message()).contains("No key of the issuer https://1edtech.edu/issuers/565049");
	}

}
