package org.microcred.badge.vc.jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
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

		String jwt = VcJwt.signEdDsa(this.credential, key, kid);

		JsonObject payload = VcJwt.credential(jwt, JsonInput.DEFAULT);
		assertThat(payload.getString("jti")).isEqualTo(this.credential.getString("id"));
		assertThat(payload.getString("iss")).isEqualTo(SampleCredentials.ISSUER);
		assertThat(payload.getJsonNumber("nbf").longValue()).isPositive();
		assertThat(payload.getJsonNumber("exp").longValue()).isGreaterThan(payload.getJsonNumber("nbf").longValue());
		VerificationReport report = new CredentialVerifier(DocumentFetcher.none())
			.verify(jwt.getBytes(), VerificationOptions.defaults());
		assertThat(report.step("proof").orElseThrow().message()).contains("Valid VC-JWT signature (EdDSA)");
	}

	@Test
	void aChangedPayloadOrAnotherKeyFails() {
		Ed25519KeyPair key = Ed25519KeyPair.generate();
		String kid = DidKey.verificationMethodId(key.publicKeyMultibase());
		String jwt = VcJwt.signEdDsa(this.credential, key, kid);
		String[] parts = jwt.split("\\.");
		String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(this.credential.toString().replace("Micro-credential", "Macro-credential").getBytes()) + "." + parts[2];

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

		assertThat(VcJwt.verifySignature(jwt, kid -> publicJwk)).isEqualTo("RS256");
		RSAKey other = new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).build();
		assertThatThrownBy(() -> VcJwt.verifySignature(jwt, kid -> other)).hasMessageContaining("does not match");
	}

	@Test
	void the1EdTechBakedJwtFixtureVerifiesWithItsEmbeddedKey() {
		String jwt = new PngBaker().extract(Standards.bytes("examples/validator-tests/simple-jwt.png")).text();

		assertThat(VcJwt.verifySignature(jwt, kid -> null)).isEqualTo("RS256");
		assertThat(VcJwt.credential(jwt, JsonInput.DEFAULT).getJsonArray("type").toString()).contains("OpenBadgeCredential");
	}

}
