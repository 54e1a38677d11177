package org.microcred.badge.vc.proof;

import java.util.List;

/**
 * The outcome of checking a document's proofs: verified only when there is at least one proof and every
 * proof verifies. Each entry says, for one proof, what was checked and why it failed.
 */
public record ProofResult(boolean verified, List<Entry> proofs) {

	/** One proof's outcome. */
	public record Entry(boolean verified, String verificationMethod, String message) {
	}

	public ProofResult {
		proofs = List.copyOf(proofs);
	}

	public static ProofResult failed(String message) {
		return new ProofResult(false, List.of(new Entry(false, null, message)));
	}

	/** One line per proof, for a report. */
	public String summary() {
		if (this.proofs.isEmpty()) {
			return "The document has no proof.";
		}
		StringBuilder text = new StringBuilder();
		for (Entry entry : this.proofs) {
			text.append(text.isEmpty() ? "" : " ").append(entry.message());
		}
		return text.toString();
	}

}
