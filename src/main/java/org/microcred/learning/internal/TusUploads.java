package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The tus 1.0 protocol (core, creation, termination, expiration and checksum extensions) as tus-java-server speaks
 * it, over the files of uploads under way in one folder: each upload's bytes and its offset and metadata, written
 * as they arrive, so an upload survives a restart. Every upload belongs to one owner (teacher, enrollment, part):
 * asked about with another, it does not exist.
 */
public class TusUploads {

	/** Where uploads are created; an upload's own URL is this followed by its id. */
	public static final String COLLECTION = "/learn/[0-9a-fA-F-]{36}/parts/[^/]+/uploads";

	private final TusFileUploadService tus;

	public TusUploads(Path directory, long maxBytes, Duration expiry) throws IOException {
		Files.createDirectories(directory);
		this.tus = new TusFileUploadService().withUploadUri(COLLECTION)
			.withStoragePath(directory.toAbsolutePath().toString())
			.withMaxUploadSize(maxBytes)
			.withUploadExpirationPeriod(expiry.toMillis())
			.disableTusExtension("concatenation");
	}

	/** The owner an upload is kept under. */
	public static String owner(UUID teacher, UUID enrollment, String part) {
		return teacher + "/" + enrollment + "/" + part;
	}

	/** The URL of an upload. */
	public static String url(UUID enrollment, String part, UUID id) {
		return "/learn/" + enrollment + "/parts/" + part + "/uploads/" + id;
	}

	/** Answers a tus request (the response says what happened). */
	public void process(HttpServletRequest request, HttpServletResponse response, String owner) throws IOException {
		tus.process(request, response, owner);
	}

	/** The upload's offset and length, if it exists for this owner. */
	public Optional<UploadInfo> info(String url, String owner) {
		try {
			return Optional.ofNullable(tus.getUploadInfo(url, owner));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TusException ex) {
			return Optional.empty();
		}
	}

	/** Every byte of a finished upload. */
	public InputStream bytes(String url, String owner) throws IOException {
		try {
			return tus.getUploadedBytes(url, owner);
		}
		catch (TusException ex) {
			throw new IOException(ex);
		}
	}

	/** Deletes an upload's bytes and record; nothing happens when it is already gone. */
	public void delete(String url, String owner) {
		try {
			tus.deleteUpload(url, owner);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TusException ex) {
			// already gone
		}
	}

	/** Removes expired uploads and stale locks of this folder. */
	public void cleanup() throws IOException {
		tus.cleanup();
	}

}
