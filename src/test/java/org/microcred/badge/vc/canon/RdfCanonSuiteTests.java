package org.microcred.badge.vc.canon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.microcred.badge.vc.Standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole W3C RDF Dataset Canonicalization (RDFC-1.0) test suite, from its manifest: every evaluation test's
 * canonical N-Quads, every map test's issued labels, and every negative (poison) test refused. The complete
 * algorithm runs every case; the fast path (unique first-degree hashes, else the complete algorithm) runs
 * every SHA-256 case, since eddsa-rdfc-2022 only uses SHA-256.
 */
class RdfCanonSuiteTests {

	private static final String SUITE = "rdf-canon-tests/";

	@TestFactory
	Stream<DynamicTest> everyCaseOfTheW3cSuite() {
		JsonObject manifest = Standards.json(SUITE + "manifest.jsonld");
		List<JsonObject> entries = manifest.getJsonArray("entries").getValuesAs(JsonObject.class);
		assertThat(entries).as("entries in the manifest").hasSizeGreaterThanOrEqualTo(86);
		return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.getString("id") + " " + entry.getString("name"),
				() -> run(entry)));
	}

	private static void run(JsonObject entry) {
		String type = entry.getString("type");
		String algorithm = "SHA384".equals(text(entry, "hashAlgorithm")) ? "SHA-384" : Rdfc10.SHA_256;
		QuadCollector input = RdfCanonSuite.read(Standards.text(SUITE + entry.getString("action")));
		switch (type) {
			case "rdfc:RDFC10EvalTest" -> {
				String expected = Standards.text(SUITE + entry.getString("result"));
				assertThat(Rdfc10.full(input.quads(), algorithm)).as("complete algorithm").isEqualTo(expected);
				if (algorithm.equals(Rdfc10.SHA_256)) {
					assertThat(Rdfc10.canonicalize(input.quads())).as("fast path").isEqualTo(expected);
				}
			}
			case "rdfc:RDFC10MapTest" -> {
				JsonObject expected = Standards.json(SUITE + entry.getString("result"));
				assertThat(issuedMap(input, algorithm)).isEqualTo(asMap(expected));
			}
			case "rdfc:RDFC10NegativeEvalTest" -> {
				assertThatThrownBy(() -> Rdfc10.full(input.quads(), algorithm))
					.isInstanceOf(CanonicalizationException.class).hasMessageContaining("excessive work");
				assertThatThrownBy(() -> Rdfc10.canonicalize(input.quads()))
					.isInstanceOf(CanonicalizationException.class);
			}
			default -> throw new AssertionError("Unknown test type " + type);
		}
	}

	/** Input label (without {@code _:}) to canonical label, as the suite's map files write it. */
	private static Map<String, String> issuedMap(QuadCollector input, String algorithm) {
		String[] labels = Rdfc10.canonicalLabels(input.quads(), algorithm);
		Map<String, String> map = new HashMap<>();
		input.blankNumbers().forEach((label, number) -> map.put(label.substring(2), labels[number].substring(2)));
		return map;
	}

	private static Map<String, String> asMap(JsonObject json) {
		Map<String, String> map = new HashMap<>();
		json.forEach((key, value) -> map.put(key, ((JsonString) value).getString()));
		return map;
	}

	private static String text(JsonObject object, String key) {
		return (object.get(key) instanceof JsonString string) ? string.getString() : null;
	}

}
