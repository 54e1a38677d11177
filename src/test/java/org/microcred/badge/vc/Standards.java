package org.microcred.badge.vc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Reads the published standards data vendored under {@code src/test/resources/standards/} (contexts, schemas, test
 * vectors, 1EdTech fixtures, the W3C RDFC-1.0 suite; see each folder's {@code PROVENANCE.md}) from the class path,
 * so the tests pass on a fresh clone with nothing beside it.
 */
public final class Standards {

	/** The {@code standards/} folder of the test class path. */
	public static final Path ROOT = classPathRoot();

	private Standards() {
	}

	private static Path classPathRoot() {
		URL marker = Standards.class.getResource("/standards/README.md");
		if (marker == null) {
			throw new IllegalStateException("standards/README.md is not on the test class path");
		}
		try {
			return Path.of(marker.toURI()).getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	public static String text(String relative) {
		try {
			return Files.readString(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(String relative) {
		try {
			return Files.readAllBytes(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonObject json(String relative) {
		return parse(text(relative));
	}

	public static JsonObject parse(String json) {
		try (JsonReader reader = Json.createReader(new StringReader(json))) {
			return reader.readObject();
		}
	}

	/** The JSON files of a folder under the standards, sorted by name. */
	public static List<Path> jsonFiles(String folder) {
		try (Stream<Path> files = Files.list(path(folder))) {
			return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
