package org.microcred.badge.vc.jsonld;

import java.util.ArrayList;
import java.util.List;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.Standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled contexts are the ones the manifest names, unchanged, and the loader serves only them. */
class BundledContextsTests {

	private final BundledContexts contexts = BundledContexts.get();

	@Test
	void everyFileMatchesTheSha256InTheManifestAndHasItsLicence() throws Exception {
		assertThat(this.contexts.entries()).hasSizeGreaterThanOrEqualTo(6);
		for (BundledContexts.Entry entry : this.contexts.entries()) {
			byte[] bytes = BundledContexts.resourceBytes(entry.file());
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			assertThat(sha256).as(entry.file()).isEqualTo(entry.sha256());
			assertThat(BundledContexts.resourceBytes(entry.licenseFile())).as(entry.licenseFile()).isNotEmpty();
			assertThat(entry.version()).matches("\\d+\\.\\d+\\.\\d+");
		}
	}

	@Test
	void theOpenBadges303ContextIsByteIdenticalToThePublishedOne() {
		assertThat(bytesOf(BundledContexts.OB_V3P0_303))
			.isEqualTo(Standards.bytes("contexts/ob_v3p0_context-3.0.3.json"));
	}

	@Test
	void theVcAndOtherContextsHoldTheSameJsonAsThePublishedOnes() {
		// The npm copy of the VC 2.0 context differs from the W3C file in whitespace only.
		assertThat(json(BundledContexts.CREDENTIALS_V2)).isEqualTo(Standards.parse(Standards.text("contexts/credentials-v2.jsonld")));
		assertThat(json("https://w3id.org/security/data-integrity/v1"))
			.isEqualTo(Standards.parse(Standards.text("contexts/data-integrity-v1.jsonld")));
		assertThat(json("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"))
			.isEqualTo(Standards.parse(Standards.text("contexts/ob_v3p0_extensions.json")));
		assertThat(json("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"))
			.isEqualTo(Standards.parse(Standards.text("contexts/ob_v3p0_context-3.0.2.json")));
	}

	@Test
	void theLoaderServesBundledContextsAndRefusesEverythingElseWithoutNetwork() throws Exception {
		StaticDocumentLoader loader = StaticDocumentLoader.bundled();

		assertThat(loader.loadDocument(URI.create(BundledContexts.CREDENTIALS_V2), null).getJsonContent())
			.isPresent();
		assertThatThrownBy(() -> loader.loadDocument(URI.create("https://example.org/context.json"), null))
			.isInstanceOf(JsonLdError.class)
			.hasMessageContaining("https://example.org/context.json")
			.hasMessageContaining("not bundled");
	}

	private byte[] bytesOf(String url) {
		return BundledContexts.resourceBytes(this.contexts.entries().stream()
			.filter(e -> e.url().equals(url))
			.findFirst()
			.orElseThrow()
			.file());
	}

	private JsonStructure json(String url) {
		return this.contexts.document(url).orElseThrow();
	}

	/** StaticDocumentLoader serves DI v2 with the VC 2.0 base: safe only while no value in it is relative. */
	@Test
	void theDataIntegrityV2ContextHoldsNoRelativeIriSoItsBaseCannotMatter() {
		List<String> values = new ArrayList<>();
		collectStrings(BundledContexts.get().document(BundledContexts.DATA_INTEGRITY_V2).orElseThrow(), values);
		assertThat(values).isNotEmpty().allSatisfy(value -> assertThat(value.startsWith("@") || value.contains(":"))
			.as(value).isTrue());
	}

	private static void collectStrings(JsonValue value, List<String> into) {
		if (value instanceof JsonString string) {
			into.add(string.getString());
		}
		else if (value instanceof JsonObject object) {
			object.values().forEach(v -> collectStrings(v, into));
		}
		else if (value instanceof JsonArray array) {
			array.forEach(v -> collectStrings(v, into));
		}
	}

}
