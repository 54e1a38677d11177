package org.microcred.badge.vc.keys;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ed25519 keys survive their Multikey encodings, and malformed keys and DIDs are refused with a reason. */
class KeysTests {

	private final Ed25519KeyPair key = Ed25519KeyPair.generate();

	@Test
	void keysRoundTripThroughTheirMultikeyEncodings() {
		assertThat(this.key.publicKeyMultibase()).startsWith("z6Mk");
		assertThat(this.key.privateKeyMultibase()).startsWith("z3u2");

		Ed25519KeyPair restored = Ed25519KeyPair.fromPrivateKeyMultibase(this.key.privateKeyMultibase());

		assertThat(restored.publicKeyMultibase()).isEqualTo(this.key.publicKeyMultibase());
		byte[] message = "a credential".getBytes(StandardCharsets.UTF_8);
		assertThat(Ed25519Verifier.verify(this.key.publicKey(), message, restored.sign(message))).isTrue();
		assertThat(Ed25519Verifier.verify(Ed25519KeyPair.generate().publicKey(), message, restored.sign(message)))
			.isFalse();
		assertThat(this.key.toString()).doesNotContain(this.key.privateKeyMultibase());
	}

	@Test
	void base58MatchesTheReferenceImplementationForEveryLengthAndLeadingZeros() {
		java.util.Random random = new java.util.Random(58);
		for (int i = 0; i < 2000; i++) {
			byte[] bytes = new byte[random.nextInt(80)];
			random.nextBytes(bytes);
			for (int z = 0; z < bytes.length && z < i % 4; z++) {
				bytes[z] = 0;
			}
			String reference = com.apicatalog.base.Base58.encode(bytes);
			assertThat(Base58.encode(bytes)).isEqualTo(reference);
			assertThat(Base58.decode(reference)).isEqualTo(bytes);
		}
		assertThatThrownBy(() -> Base58.decode("z0OIl")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void malformedMultikeysAreRefused() {
		assertThatThrownBy(() -> Multikey.decodePublicKey(this.key.privateKeyMultibase()))
			.isInstanceOf(KeyFormatException.class).hasMessageContaining("public key");
		assertThatThrownBy(() -> Multikey.decodePublicKey("u" + this.key.publicKeyMultibase().substring(1)))
			.hasMessageContaining("base58btc");
		assertThatThrownBy(() -> Multikey.decodePublicKey("z0OIl")).isInstanceOf(KeyFormatException.class);
		assertThatThrownBy(() -> Multikey.decodePublicKey(this.key.publicKeyMultibase().substring(0, 20)))
			.isInstanceOf(KeyFormatException.class);
		assertThatThrownBy(() -> Ed25519KeyPair.fromSeed(new byte[31])).hasMessageContaining("32 bytes");
	}

	@Test
	void didKeyNamesTheKeyAndItsVerificationMethodRepeatsIt() {
		String multibase = this.key.publicKeyMultibase();
		String method = DidKey.verificationMethodId(multibase);

		assertThat(method).isEqualTo("did:key:" + multibase + "#" + multibase);
		assertThat(DidKey.publicKey(method)).isEqualTo(this.key.publicKey());
		String other = Ed25519KeyPair.generate().publicKeyMultibase();
		assertThatThrownBy(() -> DidKey.publicKey("did:key:" + multibase + "#" + other)).hasMessageContaining("fragment");
		assertThatThrownBy(() -> DidKey.publicKey("did:web:example.com")).isInstanceOf(KeyFormatException.class);
	}

	@Test
	void controllerDocumentsPublishAMultikeyForAssertion() {
		String did = "did:web:issuer.example.org";
		JsonObject document = ControllerDocuments.controllerDocument(did, did + "#key-1", this.key.publicKeyMultibase());

		assertThat(document.getJsonArray("@context").getString(0)).isEqualTo(ControllerDocuments.DID_V1);
		assertThat(document.getString("id")).isEqualTo(did);
		JsonObject method = document.getJsonArray("verificationMethod").getJsonObject(0);
		assertThat(method.getString("type")).isEqualTo("Multikey");
		assertThat(method.getString("controller")).isEqualTo(did);
		assertThat(method.getString("publicKeyMultibase")).isEqualTo(this.key.publicKeyMultibase());
		assertThat(document.getJsonArray("assertionMethod").getString(0)).isEqualTo(did + "#key-1");

		JsonObject profile = ControllerDocuments.controllerDocument("https://issuer.example.org/profile",
				"https://issuer.example.org/profile#key-1", this.key.publicKeyMultibase());
		assertThat(profile.getJsonArray("@context").getString(0)).isEqualTo(ControllerDocuments.MULTIKEY_V1);
	}

}
