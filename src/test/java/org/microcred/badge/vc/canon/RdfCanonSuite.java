package org.microcred.badge.vc.canon;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/**
 * Runs every evaluation, map and negative case of the W3C RDFC-1.0 suite through Microcred's canonicalizer
 * and writes each result as JSON (canonical N-Quads of the complete algorithm and of the fast path, the issued
 * labels, or that it was refused), for {@code interop/canon-suite.mjs} to compare with rdf-canonize.
 */
public final class RdfCanonSuite {

	private RdfCanonSuite() {
	}

	public static String resultsJson(Path suite) throws IOException {
		JsonObject manifest = Json.createReader(new StringReader(Files.readString(suite.resolve("manifest.jsonld")))).readObject();
		JsonObjectBuilder results = Json.createObjectBuilder();
		for (JsonObject entry : manifest.getJsonArray("entries").getValuesAs(JsonObject.class)) {
			String algorithm = (entry.get("hashAlgorithm") instanceof JsonString hash && hash.getString().equals("SHA384"))
					? "SHA-384" : Rdfc10.SHA_256;
			QuadCollector input = read(Files.readString(suite.resolve(entry.getString("action"))));
			JsonObjectBuilder result = Json.createObjectBuilder();
			try {
				if (entry.getString("type").equals("rdfc:RDFC10MapTest")) {
					String[] labels = Rdfc10.canonicalLabels(input.quads(), algorithm);
					JsonObjectBuilder map = Json.createObjectBuilder();
					input.blankNumbers().forEach((label, number) -> map.add(label.substring(2), labels[number].substring(2)));
					result.add("map", map);
				}
				else {
					result.add("nquads", Rdfc10.full(input.quads(), algorithm));
					if (algorithm.equals(Rdfc10.SHA_256)) {
						result.add("fast", Rdfc10.canonicalize(input.quads()));
					}
				}
			}
			catch (CanonicalizationException ex) {
				result.add("error", ex.getMessage());
			}
			results.add(entry.getString("id"), result);
		}
		return results.build().toString();
	}

	static QuadCollector read(String nquads) {
		QuadCollector collector = new QuadCollector();
		try {
			new NQuadsReader(new StringReader(nquads)).provide(collector);
		}
		catch (NQuadsReaderException | RdfConsumerException ex) {
			throw new IllegalStateException(ex);
		}
		return collector;
	}

}
