package org.microcred.badge;

import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.VerificationOptions;
import org.microcred.badge.vc.verify.VerificationReport;
import org.springframework.stereotype.Service;

/**
 * Verifies any Open Badges 3.0 credential — this installation's or anyone's — step by step: shape, proof,
 * refresh, status, validity dates, recipient, endorsements. Our own documents are answered locally; others are
 * fetched with strict limits.
 */
@Service
public class VerificationService {

	private final CredentialVerifier verifier;

	VerificationService(CredentialVerifier verifier) {
		this.verifier = verifier;
	}

	/** Verifies JSON, a compact JWT, or a baked PNG/SVG. Never throws for bad input: the report says what is wrong. */
	public VerificationReport verify(byte[] input, String recipientEmail) {
		return verifier.verify(input, recipientEmail == null || recipientEmail.isBlank() ? VerificationOptions.defaults()
				: VerificationOptions.forRecipient(recipientEmail.strip()));
	}

	public VerificationReport verify(IssuedCredential credential) {
		return verifier.verify(credential.signed(), VerificationOptions.defaults());
	}

}
