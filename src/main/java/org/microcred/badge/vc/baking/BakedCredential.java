package org.microcred.badge.vc.baking;

/**
 * The credential found in a baked image: either the JSON of a credential with an embedded proof, or a VC-JWT
 * compact JWS.
 */
public record BakedCredential(String text, Format format) {

	/** How the credential is secured. */
	public enum Format {

		/** JSON with an embedded Data Integrity proof. */
		JSON,
		/** A compact JWS (VC-JWT). */
		JWT

	}

	/** Classifies text: a compact JWS (three base64url parts) is JWT, anything else is taken as JSON. */
	public static BakedCredential ofText(String text) {
		String trimmed = text.strip();
		boolean jws = trimmed.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
		return new BakedCredential(trimmed, jws ? Format.JWT : Format.JSON);
	}

}
