package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where evidence bytes live. Objects are written once under a random key and never modified; a write is either
 * complete and named, or invisible. The local file system is the default; an S3-compatible store can replace it.
 */
public interface EvidenceStorage {

	/** A stored object: its key, size and SHA-256 (hex). */
	record Stored(String key, long size, String sha256) {
	}

	/** Thrown when the stream is longer than the limit; nothing is kept. */
	class TooLargeException extends IOException {

		public TooLargeException(long limit) {
			super("larger than " + limit + " bytes");
		}

	}

	/**
	 * Thrown when the store cannot be reached or refuses to work (down, wrong credentials, no bucket); nothing is
	 * kept. The user is told to try again later.
	 */
	class UnavailableException extends IOException {

		public UnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** A fresh random key for a new object. */
	static String newKey() {
		return java.util.UUID.randomUUID().toString();
	}

	/**
	 * Streams the input into a new object under the key (from {@link #newKey()}), never holding it whole in memory,
	 * and stops as soon as it exceeds {@code maxBytes}.
	 */
	Stored store(String key, InputStream in, long maxBytes) throws IOException;

	InputStream open(String key) throws IOException;

	/** The first bytes of an object (for type detection). */
	byte[] head(String key, int bytes) throws IOException;

	/** The last bytes of an object of the given size (to look for content appended to a format). */
	default byte[] tail(String key, long size, int bytes) throws IOException {
		try (InputStream in = open(key)) {
			in.skipNBytes(Math.max(0, size - bytes));
			return in.readNBytes(bytes);
		}
	}

	/** A local path to the object, when the store has one (to inspect container formats without copying). */
	java.util.Optional<java.nio.file.Path> localPath(String key);

	void delete(String key) throws IOException;

	/** Every object with when it was written, for the full orphan sweep. */
	Stream<Entry> list() throws IOException;

	/** Removes incomplete writes left by a crash (at start-up, before this instance writes anything). */
	void discardIncomplete() throws IOException;

	/**
	 * Removes incomplete writes begun before the instant, whichever instance began them (the orphan sweep). A store
	 * whose incomplete writes are all this instance's and are removed at start-up has none to remove here.
	 */
	default void discardIncompleteBefore(Instant startedBefore) throws IOException {
	}

	/** Whether the store answers and can be written, for the readiness probe. */
	void check() throws IOException;

	record Entry(String key, Instant writtenAt) {
	}

}
