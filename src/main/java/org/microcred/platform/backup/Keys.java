package org.microcred.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.env.Environment;

/**
 * The master key is never copied into a backup (a backup that holds it unlocks every issuer key in it); only a
 * short fingerprint is kept, so a restore can tell whether the key in place is the right one.
 */
final class Keys {

	private static final String PROPERTY = "microcred.badge.master-key";

	private Keys() {
	}

	static String where(Environment env) {
		String configured = env.getProperty(PROPERTY);
		return configured != null && !configured.isBlank() ? "the setting " + PROPERTY
				: BackupCommand.dataDir(env).resolve("master.key").toAbsolutePath().toString();
	}

	/** The first 16 hex digits of the key's SHA-256, or null when there is none. */
	static String fingerprint(Environment env) {
		String configured = env.getProperty(PROPERTY);
		String key = configured;
		if (key == null || key.isBlank()) {
			Path file = BackupCommand.dataDir(env).resolve("master.key");
			try {
				key = Files.isRegularFile(file) ? Files.readString(file) : null;
			}
			catch (IOException ex) {
				key = null;
			}
		}
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
