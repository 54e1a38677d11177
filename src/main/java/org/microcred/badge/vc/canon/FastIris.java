package org.microcred.badge.vc.canon;

/** IRI rules of the fast path: only what Titanium is sure to keep exactly as written. */
final class FastIris {

	private FastIris() {
	}

	/**
	 * An absolute IRI in plain ASCII without characters N-Quads escapes. Anything else (relative references,
	 * international characters, spaces) goes to the generic path, which knows whether to keep or reject it.
	 */
	static boolean isPlainAbsolute(String value) {
		if (value == null || value.isEmpty() || value.startsWith("_:")) {
			return false;
		}
		int colon = value.indexOf(':');
		if (colon < 1 || !isAsciiLetter(value.charAt(0))) {
			return false;
		}
		for (int i = 1; i < colon; i++) {
			char c = value.charAt(i);
			if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
				return false;
			}
		}
		for (int i = colon + 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= 0x7F || NQuads.IRI_ESCAPES[c]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
