package org.microcred.badge.vc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Reads the shared OB 3.0 reference material (never copied into the project). */
public final class Standards {

	/** {@code ../shared/standards} beside the project, unless {@code MICROCRED_STANDARDS_DIR} points elsewhere. */
	public static final Path ROOT = System.getenv("MICROCRED_STANDARDS_DIR") != null
			? Path.of(System.getenv("MICROCRED_STANDARDS_DIR")) : Path.of("..", "shared", "standards");

	private Standards() {
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
