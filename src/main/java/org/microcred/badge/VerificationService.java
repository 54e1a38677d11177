package org.microcred.badge;

import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.VerificationOptions;
import org.microcred.badge.vc.verify.VerificationReport;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Verifies any Open Badges 3.0 credential — this installation's or anyone's — step by step: shape, proof,
 * refresh, status, validity dates, recipient, endorsements. Our own documents are answered locally; others are
 * fetched with strict limits.
 */
@Service
public class VerificationService {

	private final CredentialVerifier verifier;

	private final Counter verified;

	private final Counter refused;

	VerificationService(CredentialVerifier verifier, MeterRegistry registry) {
		this.verifier = verifier;
		this.verified = results(registry, "verified");
		this.refused = results(registry, "failed");
	}

	private static Counter results(MeterRegistry registry, String result) {
		return Counter.builder("microcred.verifications")
			.description("Credentials checked by the public verifier, by outcome")
			.tag("result", result)
			.register(registry);
	}

	/** Verifies JSON, a compact JWT, or a baked PNG/SVG. Never throws for bad input: the report says what is wrong. */
	public VerificationReport verify(byte[] input, String recipientEmail) {
		VerificationReport report = verifier.verify(input, recipientEmail == null || recipientEmail.isBlank()
				? VerificationOptions.defaults() : VerificationOptions.forRecipient(recipientEmail.strip()));
		(report.verified() ? verified : refused).increment();
		return report;
	}

	public VerificationReport verify(IssuedCredential credential) {
		return verifier.verify(credential.signed(), VerificationOptions.defaults());
	}

}
