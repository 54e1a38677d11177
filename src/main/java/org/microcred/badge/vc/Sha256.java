package org.microcred.badge.vc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java runtime provides, without the checked exception of looking it up. */
public final class Sha256 {

	/** Cloning is several times cheaper than a provider look-up, which a signature would otherwise do thrice. */
	private static final MessageDigest PROTOTYPE = lookUp();

	private Sha256() {
	}

	public static MessageDigest newDigest() {
		try {
			return (MessageDigest) PROTOTYPE.clone();
		}
		catch (CloneNotSupportedException ex) {
			return lookUp();
		}
	}

	private static MessageDigest lookUp() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The digest of the text's UTF-8 bytes. */
	public static byte[] of(String text) {
		return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
	}

}
