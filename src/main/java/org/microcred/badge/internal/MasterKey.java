package org.microcred.badge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.microcred.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's master key: AES-256-GCM over the issuers' private keys, so a copy of the database alone
 * signs nothing. It comes from configuration ({@code MICROCRED_BADGE_MASTER_KEY}); without one, a key is
 * generated once into a file readable only by its owner. Other modules use it as the platform's {@link SecretBox}.
 */
public final class MasterKey implements SecretBox {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private MasterKey(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The master key must be 32 bytes (base64 of 32 random bytes)");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	public static MasterKey of(String base64, Path dataDir) {
		if (base64 != null && !base64.isBlank()) {
			return new MasterKey(Base64.getDecoder().decode(base64.strip()));
		}
		Path file = dataDir.resolve("master.key");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(dataDir);
				byte[] fresh = new byte[32];
				RANDOM.nextBytes(fresh);
				Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// not a POSIX file system
				}
				log.warn("Generated a master key in {}. Back it up: without it, issuer keys cannot be used. "
						+ "In production set microcred.badge.master-key instead.", file.toAbsolutePath());
			}
			return new MasterKey(Base64.getDecoder().decode(Files.readString(file).strip()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the master key " + file, ex);
		}
	}

	@Override
	public byte[] encrypt(byte[] plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public byte[] decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
			return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("An issuer key cannot be decrypted: is this the right master key?", ex);
		}
	}

}
