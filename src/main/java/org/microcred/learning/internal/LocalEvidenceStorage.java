package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Evidence on the local file system: objects under {@code objects/ab/<key>}, written first to {@code incoming/}
 * and fsynced, then moved into place atomically. A crash mid-write leaves only a file in {@code incoming/}, which
 * is discarded at the next start.
 */
public class LocalEvidenceStorage implements EvidenceStorage {

	private static final int BUFFER = 64 * 1024;

	private final Path objects;

	private final Path incoming;

	public LocalEvidenceStorage(Path root) throws IOException {
		this.objects = Files.createDirectories(root.resolve("objects"));
		this.incoming = Files.createDirectories(root.resolve("incoming"));
	}

	@Override
	public Stored store(String key, InputStream in, long maxBytes) throws IOException {
		Path target = path(key);
		Path temp = incoming.resolve(key + ".part");
		MessageDigest sha256 = sha256();
		long size = 0;
		try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				DigestOutputStream out = new DigestOutputStream(file, sha256)) {
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > maxBytes) {
					throw new TooLargeException(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		try (var channel = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target);
		}
		return new Stored(key, size, HexFormat.of().formatHex(sha256.digest()));
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public byte[] head(String key, int bytes) throws IOException {
		try (InputStream in = open(key)) {
			return in.readNBytes(bytes);
		}
	}

	@Override
	public Optional<Path> localPath(String key) {
		return Optional.of(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	@Override
	public Stream<Entry> list() throws IOException {
		return Files.walk(objects).filter(Files::isRegularFile).map(p -> {
			try {
				return new Entry(p.getFileName().toString(), Files.getLastModifiedTime(p).toInstant());
			}
			catch (IOException ex) {
				return new Entry(p.getFileName().toString(), java.time.Instant.now());
			}
		});
	}

	@Override
	public void discardIncomplete() throws IOException {
		try (Stream<Path> parts = Files.list(incoming)) {
			for (Path part : parts.toList()) {
				Files.deleteIfExists(part);
			}
		}
	}

	@Override
	public void check() throws IOException {
		if (!Files.isDirectory(objects) || !Files.isWritable(objects) || !Files.isWritable(incoming)) {
			throw new UnavailableException("Evidence storage " + objects + " is not a writable folder", null);
		}
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return objects.resolve(key.substring(0, 2)).resolve(key);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
