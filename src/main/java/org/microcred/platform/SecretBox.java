package org.microcred.platform;

/**
 * Seals small secrets at rest (issuer signing keys, identity providers' client secrets) with the installation's
 * master key, so a copy of the database alone reveals none of them.
 */
public interface SecretBox {

	/** Encrypts with a fresh random nonce; the result carries what {@link #decrypt(byte[])} needs. */
	byte[] encrypt(byte[] plain);

	/** @throws IllegalStateException when the data was not sealed with this master key */
	byte[] decrypt(byte[] sealed);

}
