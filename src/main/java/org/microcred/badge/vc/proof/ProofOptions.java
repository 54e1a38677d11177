package org.microcred.badge.vc.proof;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How to sign: which verification method (a URL naming the public key), when, for what purpose, and
 * whether {@code proof} is written as an array (what the OB 3.0 JSON Schema wants) or a single object.
 */
public record ProofOptions(String verificationMethod, Instant created, String proofPurpose, boolean proofAsArray) {

	public static final String ASSERTION_METHOD = "assertionMethod";

	public ProofOptions {
		if (verificationMethod == null || verificationMethod.isBlank()) {
			throw new IllegalArgumentException("A proof needs a verification method");
		}
		created = created.truncatedTo(ChronoUnit.SECONDS);
	}

	/** An {@code assertionMethod} proof created now, written as an array. */
	public static ProofOptions assertion(String verificationMethod) {
		return new ProofOptions(verificationMethod, Instant.now(), ASSERTION_METHOD, true);
	}

	public ProofOptions createdAt(Instant instant) {
		return new ProofOptions(this.verificationMethod, instant, this.proofPurpose, this.proofAsArray);
	}

	public ProofOptions asSingleObject() {
		return new ProofOptions(this.verificationMethod, this.created, this.proofPurpose, false);
	}

}
