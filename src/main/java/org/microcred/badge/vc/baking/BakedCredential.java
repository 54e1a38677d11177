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

	/** Classifies PNG text: JSON starts with a brace, anything else is taken as a compact JWS. */
	static BakedCredential ofText(String text) {
		String trimmed = text.strip();
		return new BakedCredential(trimmed, trimmed.startsWith("{") ? Format.JSON : Format.JWT);
	}

}
