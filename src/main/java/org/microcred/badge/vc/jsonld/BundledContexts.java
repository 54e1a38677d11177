package org.microcred.badge.vc.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * The JSON-LD contexts shipped inside the application, taken from the npm packages that publish them and
 * listed in {@code contexts/manifest.json} with package, version, licence and SHA-256. Contexts are never
 * fetched from the network: a document naming any other context cannot be processed.
 */
public final class BundledContexts {

	/** Where the context files and their manifest live on the class path. */
	public static final String RESOURCE_DIR = "/org/microcred/badge/vc/contexts/";

	/** The VC Data Model 2.0 context; always first in a credential. */
	public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";

	/** The Data Integrity v2 context, which many VC 2.0 issuers list after the VC 2.0 context. */
	public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";

	/** The Open Badges 3.0.3 context; second in an OB 3.0 credential. */
	public static final String OB_V3P0_303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	/** One bundled context: its URL, file and where it came from. */
	public record Entry(String url, String file, String npmPackage, String version, String source, String license,
			String licenseFile, String sha256) {
	}

	private static final BundledContexts INSTANCE = load();

	private final Map<String, Entry> entries;

	private final Map<String, JsonStructure> documents;

	private BundledContexts(Map<String, Entry> entries, Map<String, JsonStructure> documents) {
		this.entries = entries;
		this.documents = documents;
	}

	/** The contexts bundled with this build, read once. */
	public static BundledContexts get() {
		return INSTANCE;
	}

	public List<Entry> entries() {
		return List.copyOf(this.entries.values());
	}

	/** The parsed context document for a URL, if bundled. */
	public Optional<JsonStructure> document(String url) {
		return Optional.ofNullable(this.documents.get(url));
	}

	/** The bundled bytes of a file named in the manifest (for integrity checks). */
	public static byte[] resourceBytes(String file) {
		try (InputStream in = BundledContexts.class.getResourceAsStream(RESOURCE_DIR + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing bundled resource " + RESOURCE_DIR + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read bundled resource " + file, ex);
		}
	}

	private static BundledContexts load() {
		JsonObject manifest = parse(resourceBytes("manifest.json")).asJsonObject();
		Map<String, Entry> entries = new LinkedHashMap<>();
		Map<String, JsonStructure> documents = new LinkedHashMap<>();
		for (JsonObject row : manifest.getJsonArray("contexts").getValuesAs(JsonObject.class)) {
			Entry entry = new Entry(row.getString("url"), row.getString("file"), row.getString("package"),
					row.getString("version"), row.getString("source"), row.getString("license"),
					row.getString("licenseFile"), row.getString("sha256"));
			entries.put(entry.url(), entry);
			documents.put(entry.url(), parse(resourceBytes(entry.file())));
		}
		return new BundledContexts(Map.copyOf(entries), Map.copyOf(documents));
	}

	private static JsonStructure parse(byte[] bytes) {
		try (JsonReader reader = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
			return reader.read();
		}
	}

}
