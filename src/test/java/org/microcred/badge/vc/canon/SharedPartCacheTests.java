package org.microcred.badge.vc.canon;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.Sha256;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonicalizing with the cache of shared subtrees gives exactly the output of the full algorithm, for
 * credentials of many designs, parsed or built, with ties inside the shared part or across it (those take the
 * complete algorithm, and the tests say so), and an entry is never used for a subtree that differs from it.
 */
class SharedPartCacheTests {

	private final FastCanonicalizer plain = new FastCanonicalizer();

	private final GenericCanonicalizer generic = new GenericCanonicalizer();

	private final TermTable context = new ContextRegistry(StaticDocumentLoader.bundled())
		.forContext(SampleCredentials.microCredential().get("@context")).orElseThrow();

	@Test
	void credentialsOfManyDesignsCanonicalizeExactlyAsWithoutTheCache() throws Exception {
		Random random = new Random(20261203);
		List<SampleCredentials.Design> designs = new ArrayList<>();
		for (int d = 0; d < 40; d++) {
			designs.add(SampleCredentials.design(random, d % 3 == 0));
		}
		// a small cache evicts all the time, a large one keeps every design: both must be exact
		for (int capacity : new int[] { 8, 1024 }) {
			FragmentCache cache = new FragmentCache(capacity);
			FastCanonicalizer cached = new FastCanonicalizer(StaticDocumentLoader.bundled(), this.generic, cache);
			int fromCache = 0;
			for (int round = 0; round < 12; round++) {
				for (SampleCredentials.Design design : designs) {
					JsonObject credential = design.credential(random);
					String expected = this.plain.tryFast(credential).orElseThrow();
					assertThat(cached.tryFast(credential)).as("round %d", round).contains(expected);
					assertThat(cached.canonicalHash(credential)).isEqualTo(Sha256.of(expected));
					if (round % 4 == 0) {
						assertThat(expected).isEqualTo(this.generic.canonicalize(credential));
					}
					fromCache += usesCachedFragments(credential, cache) ? 1 : 0;
				}
			}
			assertThat(fromCache).as("credentials canonicalized with cached parts, capacity %d", capacity)
				.isGreaterThan(capacity > 100 ? 400 : 0);
		}
	}

	@Test
	void parsedCredentialsFindTheSharedPartsByContent() throws Exception {
		FragmentCache cache = new FragmentCache(64);
		SampleCredentials.Design design = SampleCredentials.fullDesign();
		Random random = new Random(3);
		for (int i = 0; i < 20; i++) {
			JsonObject parsed = parse(design.credential(random).toString());
			assertThat(Rdfc10.canonicalize(FastRdf.toQuads(parsed, this.context, cache)))
				.isEqualTo(this.plain.tryFast(parsed).orElseThrow());
		}
		assertThat(usesCachedFragments(parse(design.credential(random).toString()), cache)).isTrue();
	}

	@Test
	void tiesInsideTheSharedPartTakeTheCompleteAlgorithm() throws Exception {
		JsonObject twice = Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("Alignment"))
			.add("targetName", "Same").add("targetUrl", "https://frameworks.example.org/same").build();
		SampleCredentials.Design base = SampleCredentials.fullDesign();
		SampleCredentials.Design design = new SampleCredentials.Design(base.issuer(),
				Json.createObjectBuilder(base.achievement()).add("alignment", Json.createArrayBuilder().add(twice).add(twice))
					.build(), base.name(), base.description());
		FragmentCache cache = new FragmentCache(64);
		Random random = new Random(5);
		for (int i = 0; i < 5; i++) {
			JsonObject credential = design.credential(random);
			QuadBuffer quads = FastRdf.toQuads(credential, this.context, cache);
			String canonical = Rdfc10.canonicalize(quads);
			assertThat(canonical).isEqualTo(this.generic.canonicalize(credential));
			assertThat(Rdfc10.sha256(quads)).isEqualTo(Sha256.of(canonical));
			assertThat(Rdfc10.uniqueFirstDegree(quads)).as("first-degree hashes tie: complete algorithm").isNull();
			if (i >= 2) {
				assertThat(knownHashes(quads)).as("the tied alignments came from the cache").isGreaterThan(0);
			}
		}
	}

	@Test
	void tiesBetweenTheSharedPartAndTheRestTakeTheCompleteAlgorithm() throws Exception {
		SampleCredentials.Design design = SampleCredentials.fullDesign();
		JsonObject achievement = design.achievement();
		// the same achievement (by IRI) described again outside the shared subtree, with one of its alignments:
		// that alignment's blank node ties with the cached one
		JsonObject again = Json.createObjectBuilder().add("id", achievement.getString("id"))
			.add("type", Json.createArrayBuilder().add("Achievement"))
			.add("alignment", Json.createArrayBuilder().add(achievement.getJsonArray("alignment").get(0)))
			.build();
		FragmentCache cache = new FragmentCache(64);
		Random random = new Random(9);
		for (int i = 0; i < 4; i++) {
			JsonObject credential = design.credential(random);
			JsonObject subject = credential.getJsonObject("credentialSubject");
			JsonObject second = Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("AchievementSubject"))
				.add("achievement", again).add("creditsEarned", i).build();
			JsonObject doubled = Json.createObjectBuilder(credential)
				.add("credentialSubject", Json.createArrayBuilder().add(subject).add(second)).build();
			QuadBuffer quads = FastRdf.toQuads(doubled, this.context, cache);
			assertThat(Rdfc10.canonicalize(quads)).isEqualTo(this.generic.canonicalize(doubled));
			assertThat(Rdfc10.uniqueFirstDegree(quads)).as("shared and unshared blank nodes tie").isNull();
			if (i >= 2) {
				assertThat(knownHashes(quads)).isGreaterThan(0);
			}
		}
	}

	@Test
	void aSubtreeThatDiffersInAnyValueIsNotTakenFromTheCache() throws Exception {
		FragmentCache cache = new FragmentCache(64);
		FastCanonicalizer cached = new FastCanonicalizer(StaticDocumentLoader.bundled(), this.generic, cache);
		SampleCredentials.Design design = SampleCredentials.fullDesign();
		Random random = new Random(11);
		for (int i = 0; i < 3; i++) {
			cached.tryFast(design.credential(random));
		}
		JsonObject achievement = design.achievement();
		// "Aa" and "BB" have the same Java hash code: a colliding subtree must still miss
		JsonObject[] changed = {
				Json.createObjectBuilder(achievement).add("name", "Aa").build(),
				Json.createObjectBuilder(achievement).add("name", "BB").build(),
				Json.createObjectBuilder(achievement).add("creditsAvailable", 7.25).build(),
				Json.createObjectBuilder(achievement).add("criteria", Json.createObjectBuilder().add("narrative", "Other")).build() };
		assertThat(changed[0].hashCode()).isEqualTo(changed[1].hashCode());
		for (JsonObject variant : changed) {
			SampleCredentials.Design other = new SampleCredentials.Design(design.issuer(), variant, design.name(),
					design.description());
			for (int i = 0; i < 3; i++) {
				JsonObject credential = other.credential(random);
				assertThat(cached.tryFast(credential)).isEqualTo(this.plain.tryFast(credential));
			}
		}
	}

	@Test
	void theSameSubtreeUnderAnotherContextIsNotTakenFromTheCache() {
		FragmentCache cache = new FragmentCache(64);
		FastCanonicalizer cached = new FastCanonicalizer(StaticDocumentLoader.bundled(), this.generic, cache);
		SampleCredentials.Design design = SampleCredentials.fullDesign();
		Random random = new Random(13);
		for (int i = 0; i < 6; i++) {
			JsonObject credential = design.credential(random);
			JsonObject otherContext = Json.createObjectBuilder(credential).add("@context", Json.createArrayBuilder()
				.add("https://www.w3.org/ns/credentials/v2")
				.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json")
				.add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json")).build();
			JsonObject document = (i % 2 == 0) ? credential : otherContext;
			assertThat(cached.tryFast(document)).isEqualTo(this.plain.tryFast(document));
			assertThat(cached.canonicalize(document)).isEqualTo(this.generic.canonicalize(document));
		}
	}

	/** Whether some of the credential's quads now come from cached fragments. */
	private boolean usesCachedFragments(JsonObject credential, FragmentCache cache) throws Exception {
		QuadBuffer quads = FastRdf.toQuads(credential, this.context, cache);
		for (int q = 0; q < quads.size(); q++) {
			if (quads.hasCachedLine(q)) {
				return true;
			}
		}
		return false;
	}

	private static int knownHashes(QuadBuffer quads) {
		int known = 0;
		for (int b = 0; b < quads.blankCount(); b++) {
			known += (quads.knownHash(b) != null) ? 1 : 0;
		}
		return known;
	}

	private static JsonObject parse(String text) {
		return Json.createReader(new StringReader(text)).readObject();
	}

}
