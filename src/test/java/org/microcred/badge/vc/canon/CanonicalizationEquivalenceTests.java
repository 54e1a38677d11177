package org.microcred.badge.vc.canon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.Standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fast path writes exactly the generic path's canonical N-Quads, or steps aside: checked on the
 * official vector, every OB credential among the spec examples and validator fixtures, and hundreds of
 * generated variations.
 */
class CanonicalizationEquivalenceTests {

	private final GenericCanonicalizer generic = new GenericCanonicalizer();

	private final FastCanonicalizer fast = new FastCanonicalizer();

	@Test
	void referenceCredentialsCanonicalizeIdenticallyOnBothPaths() {
		List<Path> files = new ArrayList<>(Standards.jsonFiles("examples/spec"));
		files.addAll(Standards.jsonFiles("examples/validator-tests"));
		files.add(Standards.path("test-vectors/obv3p0/unsigned-credential.json"));
		int fastCount = 0;
		for (Path file : files) {
			JsonObject document = withoutProof(Standards.json(Standards.ROOT.relativize(file).toString()));
			String expected = genericOrNull(document);
			Optional<String> fastResult = this.fast.tryFast(document);
			if (fastResult.isPresent()) {
				fastCount++;
				assertThat(fastResult.get()).as(file.toString()).isEqualTo(expected);
			}
			if (expected != null) {
				assertThat(this.fast.canonicalize(document)).as(file.toString()).isEqualTo(expected);
			}
		}
		assertThat(fastCount).as("reference credentials on the fast path").isGreaterThanOrEqualTo(6);
	}

	@Test
	void generatedVariationsCanonicalizeIdenticallyOnBothPaths() {
		Random random = new Random(20261123);
		int fastCount = 0;
		for (int i = 0; i < 400; i++) {
			JsonObject credential = SampleCredentials.variation(random, i % 10 == 0);
			Optional<String> fastResult = this.fast.tryFast(credential);
			assertThat(fastResult).as("variation %d takes the fast path", i).isPresent();
			fastCount++;
			assertThat(fastResult.get()).as("variation %d", i).isEqualTo(this.generic.canonicalize(credential));
		}
		assertThat(fastCount).isEqualTo(400);
	}

	@Test
	void numbersAreWrittenAlikeOnBothPaths() {
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			double value = switch (i % 4) {
				case 0 -> random.nextInt(1_000_000);
				case 1 -> Math.round(random.nextDouble() * 10_000) / 100.0;
				case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 5);
				default -> -random.nextGaussian() * 1e6;
			};
			JsonObject credential = Json.createObjectBuilder(SampleCredentials.microCredential())
				.add("credentialSubject", Json.createObjectBuilder()
					.add("type", "AchievementSubject")
					.add("creditsEarned", value)
					.add("role", random.nextBoolean() ? Json.createValue(value) : Json.createValue((long) value)))
				.build();
			assertThat(this.fast.canonicalize(credential)).as("value %s", value)
				.isEqualTo(this.generic.canonicalize(credential));
		}
	}

	@Test
	void lookAlikeBlankNodesTakeTheFullRdfcAlgorithmAndStillAgree() throws Exception {
		JsonObject evidence = Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("Evidence"))
			.add("narrative", "Same words").build();
		JsonObject credential = Json.createObjectBuilder(SampleCredentials.microCredential())
			.add("evidence", Json.createArrayBuilder().add(evidence).add(evidence).add(evidence))
			.build();
		TermTable table = new ContextRegistry(org.microcred.badge.vc.jsonld.StaticDocumentLoader.bundled())
			.forContext(credential.get("@context")).orElseThrow();

		assertThat(Rdfc10.uniqueFirstDegree(FastRdf.toQuads(credential, table))).as("first-degree hashes collide").isNull();
		String canonical = this.fast.tryFast(credential).orElseThrow();
		assertThat(canonical).isEqualTo(this.generic.canonicalize(credential));
		assertThat(canonical.lines().filter(line -> line.contains("#evidence>"))).hasSize(3);
	}

	@Test
	void aValueRepeatedInAnArrayIsOneQuadOnBothPaths() {
		JsonObject base = SampleCredentials.microCredential();
		JsonObject subject = base.getJsonObject("credentialSubject");
		JsonObject credential = Json.createObjectBuilder(base).add("credentialSubject", Json.createObjectBuilder(subject)
			.add("type", Json.createArrayBuilder().add("AchievementSubject").add("AchievementSubject"))
			.add("achievement", Json.createObjectBuilder(subject.getJsonObject("achievement"))
				.add("tag", Json.createArrayBuilder().add("same").add("same"))))
			.build();

		assertThat(this.fast.tryFast(credential).orElseThrow()).isEqualTo(this.generic.canonicalize(credential));
	}

	@Test
	void documentsOutsideTheFastSubsetFallBackToTheGenericPath() {
		JsonObject base = SampleCredentials.microCredential();
		JsonObject[] outside = {
				Json.createObjectBuilder(base).add("@context", Json.createArrayBuilder()
					.add("https://www.w3.org/ns/credentials/v2")
					.add(Json.createObjectBuilder().add("extra", "https://example.org/extra"))
					.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
					.add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json")).add("extra", "value").build(),
				Json.createObjectBuilder(base).add("https://example.org/absolute", "kept").build(),
				Json.createObjectBuilder(base).add("id", "https://example.org/ünicode").build(),
				Json.createObjectBuilder(base).add("credentialSubject", Json.createObjectBuilder()
					.add("type", "AchievementSubject")
					.add("result", Json.createObjectBuilder().add("type", "ResultDescription")
						.add("allowedValue", Json.createArrayBuilder().add("a").add("b")))).build(),
				Json.createObjectBuilder(base).add("name", Json.createObjectBuilder()
					.add("@value", "typed").add("@language", "en")).build(), };
		for (JsonObject document : outside) {
			assertThat(this.fast.tryFast(document)).isEmpty();
			assertThat(this.fast.canonicalize(document)).isEqualTo(this.generic.canonicalize(document));
		}
	}

	@Test
	void undefinedTermsAndTypesAndRelativeIdentifiersAreRejectedNotDropped() {
		JsonObject base = SampleCredentials.microCredential();
		JsonObject[] bad = { Json.createObjectBuilder(base).add("unknownProperty", "x").build(),
				Json.createObjectBuilder(base).add("type", Json.createArrayBuilder()
					.add("VerifiableCredential").add("OpenBadgeCredential").add("UnknownType")).build(),
				Json.createObjectBuilder(base).add("id", "relative/credential").build(),
				Json.createObjectBuilder(base).add("@context", Json.createArrayBuilder()
					.add("https://www.w3.org/ns/credentials/v2").add("https://example.org/unbundled.json")).build() };
		for (JsonObject document : bad) {
			assertThatThrownBy(() -> this.fast.canonicalize(document)).isInstanceOf(CanonicalizationException.class);
			assertThatThrownBy(() -> this.generic.canonicalize(document))
				.isInstanceOf(CanonicalizationException.class);
		}
	}

	private String genericOrNull(JsonObject document) {
		try {
			return this.generic.canonicalize(document);
		}
		catch (CanonicalizationException ex) {
			return null;
		}
	}

	private static JsonObject withoutProof(JsonObject document) {
		return Json.createObjectBuilder(document).remove("proof").build();
	}

}
