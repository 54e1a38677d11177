package org.microcred.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evidence files of the local store ({@code <storage>/objects/ab/<key>}). Objects are written once and never
 * change, so a plain copy of the tree is consistent with any database snapshot taken before it.
 */
final class EvidenceCopy {

	private EvidenceCopy() {
	}

	/** Copies every object; returns how many. */
	static long copy(Path fromObjects, Path toObjects) throws IOException {
		if (!Files.isDirectory(fromObjects)) {
			return 0;
		}
		long count = 0;
		try (Stream<Path> files = Files.walk(fromObjects)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = toObjects.resolve(fromObjects.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				count++;
			}
		}
		return count;
	}

	static boolean isEmpty(Path objects) throws IOException {
		if (!Files.isDirectory(objects)) {
			return true;
		}
		try (Stream<Path> files = Files.walk(objects)) {
			return files.noneMatch(Files::isRegularFile);
		}
	}

	/** The files recorded in the database whose bytes are missing or differ from their recorded SHA-256. */
	static List<String> damaged(Connection connection, Path objects) throws SQLException, IOException {
		List<String> damaged = new java.util.ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select storage_key, sha256 from evidence_file")) {
			while (rs.next()) {
				String key = rs.getString(1);
				Path file = objects.resolve(key.substring(0, 2)).resolve(key);
				if (!Files.isRegularFile(file) || !sha256(file).equals(rs.getString(2).strip())) {
					damaged.add(key);
				}
			}
		}
		return damaged;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
