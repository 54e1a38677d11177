package org.microcred.badge.vc.status;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.proof.ProofVerifier;
import org.microcred.badge.vc.proof.PublicKeyResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Status lists round-trip, follow the specification's bit order, and refuse hostile encodings. */
class BitstringStatusListTests {

	@Test
	void indexZeroIsTheMostSignificantBitOfTheFirstByte() throws Exception {
		BitstringStatusList list = BitstringStatusList.empty();
		list.set(0, true);
		list.set(9, true);

		byte[] raw = gunzip(list.encode());
		assertThat(raw).hasSize(16_384);
		assertThat(raw[0]).isEqualTo((byte) 0x80);
		assertThat(raw[1]).isEqualTo((byte) 0x40);
	}

	@Test
	void twoBitEntriesSitAtTwiceTheIndexMostSignificantBitFirst() throws Exception {
		BitstringStatusList list = BitstringStatusList.ofLength(BitstringStatusList.MIN_LENGTH * 2);
		list.setValue(0, 2, StatusLists.REVOKED);
		list.setValue(5, 2, StatusLists.SUSPENDED);

		byte[] raw = gunzip(list.encode());
		assertThat(raw).hasSize(32_768);
		assertThat(raw[0]).isEqualTo((byte) 0x80);
		assertThat(raw[1]).isEqualTo((byte) 0x10);
		assertThat(list.value(0, 2)).isEqualTo(StatusLists.REVOKED);
		assertThat(list.value(5, 2)).isEqualTo(StatusLists.SUSPENDED);
		assertThat(list.value(131_071, 2)).isZero();
		assertThat(list.entries(2)).isEqualTo(131_072);
		assertThatThrownBy(() -> list.value(131_072, 2)).isInstanceOf(IndexOutOfBoundsException.class);
		assertThatThrownBy(() -> list.setValue(1, 2, 4)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void encodesAsGzipBase64UrlAndDecodesToTheSameBits() {
		BitstringStatusList list = BitstringStatusList.empty();
		for (int index : new int[] { 1, 7, 8, 65_535, 131_071 }) {
			list.set(index, true);
		}
		list.set(7, false);
		String encoded = list.encode();

		assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
		BitstringStatusList decoded = BitstringStatusList.decode(encoded);
		assertThat(decoded).isEqualTo(list);
		assertThat(decoded.get(65_535)).isTrue();
		assertThat(decoded.get(7)).isFalse();
		assertThat(decoded.length()).isEqualTo(131_072);
	}

	@Test
	void refusesOtherMultibaseEncodingsShortListsCorruptDataAndDecompressionBombs() throws Exception {
		String valid = BitstringStatusList.empty().encode();
		assertThatThrownBy(() -> BitstringStatusList.decode("z" + valid.substring(1))).hasMessageContaining("'u'");
		assertThatThrownBy(() -> BitstringStatusList.decode("u" + Base64.getUrlEncoder().encodeToString(gzip(new byte[100]))))
			.hasMessageContaining("at least 131072");
		assertThatThrownBy(() -> BitstringStatusList.decode("uAAAA")).hasMessageContaining("GZIP");

		String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[64 * 1024 * 1024]));
		assertThat(bomb.length()).isLessThan(200_000);
		assertThatThrownBy(() -> BitstringStatusList.decode(bomb)).isInstanceOf(StatusListException.class)
			.hasMessageContaining("decompression bomb");
	}

	@Test
	void theListCredentialAndEntryFollowTheSpecificationAndCanBeSigned() {
		String url = "https://issuer.example.org/status/1";
		BitstringStatusList list = BitstringStatusList.empty();
		list.set(42, true);
		JsonObject listCredential = StatusLists.listCredential(url, "did:web:issuer.example.org",
				StatusPurpose.REVOCATION, list, Instant.parse("2026-01-01T00:00:00Z"), null);
		JsonObject entry = StatusLists.entry(url, 42, StatusPurpose.SUSPENSION);

		assertThat(entry.getString("statusListIndex")).isEqualTo("42");
		assertThat(entry.getString("statusPurpose")).isEqualTo("suspension");
		assertThat(listCredential.getJsonObject("credentialSubject").getString("type")).isEqualTo("BitstringStatusList");

		Ed25519KeyPair key = Ed25519KeyPair.generate();
		String method = DidKey.verificationMethodId(key.publicKeyMultibase());
		JsonObject signed = new EddsaRdfc2022().sign(listCredential, key, ProofOptions.assertion(method));
		assertThat(new ProofVerifier().verify(signed, (vm, purpose) -> new PublicKeyResolver.ResolvedKey(DidKey.publicKey(vm), null)).verified()).isTrue();
		String encoded = signed.getJsonObject("credentialSubject").getString("encodedList");
		assertThat(BitstringStatusList.decode(encoded).get(42)).isTrue();
	}

	private static byte[] gzip(byte[] bytes) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(String encoded) throws Exception {
		byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
