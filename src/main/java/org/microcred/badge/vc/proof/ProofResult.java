package org.microcred.badge.vc.proof;

import java.util.List;

import org.microcred.badge.vc.VerificationMessage;

/**
 * The outcome of checking a document's proofs: verified only when there is at least one proof and every
 * proof verifies. Each entry says, for one proof, what was checked and why it failed.
 */
public record ProofResult(boolean verified, List<Entry> proofs) {

	static final VerificationMessage NO_PROOF = VerificationMessage.of("badge.verify.proof.none",
			"The document has no proof.");

	/** One proof's outcome. */
	public record Entry(boolean verified, String verificationMethod, VerificationMessage detail) {

		/** The outcome in English. */
		public String message() {
			return this.detail.english();
		}

	}

	public ProofResult {
		proofs = List.copyOf(proofs);
	}

	public static ProofResult failed(VerificationMessage message) {
		return new ProofResult(false, List.of(new Entry(false, null, message)));
	}

	/** One sentence per proof, for a report. */
	public VerificationMessage detail() {
		if (this.proofs.isEmpty()) {
			return NO_PROOF;
		}
		return VerificationMessage.sentences(this.proofs.stream().map(Entry::detail).toList());
	}

	/** {@link #detail()} in English. */
	public String summary() {
		return detail().english();
	}

}
