package org.microcred.badge.vc.verify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.baking.BakedCredential;
import org.microcred.badge.vc.baking.PngBaker;
import org.microcred.badge.vc.baking.SvgBaker;
import org.microcred.badge.vc.jwt.JwtClaims;
import org.microcred.badge.vc.jwt.VcJwt;
import org.microcred.badge.vc.proof.ProofResult;
import org.microcred.badge.vc.proof.ProofVerifier;
import org.microcred.badge.vc.proof.PublicKeyResolver;

/**
 * Verifies anyone's Open Badges 3.0 credential, given as JSON, VC-JWT or a baked PNG/SVG image, and reports each
 * step: parse, shape, proof, refresh, status, validity dates, recipient, endorsements. Never throws for bad
 * input: every problem becomes a FAILED step with a message a person can act on.
 */
public final class CredentialVerifier {

	/** Larger inputs are refused before anything reads them (a baked PNG rarely exceeds 1 MB). */
	public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;

	private final JsonInput limits;

	private final ProofVerifier proofs;

	private final PublicKeyResolver keys;

	private final StatusCheck status;

	private final JwtIssuerKeys jwtKeys;

	private final Clock clock;

	public CredentialVerifier(DocumentFetcher fetcher, ProofVerifier proofs, Clock clock, JsonInput limits) {
		this.limits = limits;
		this.proofs = proofs;
		VerificationMethodResolver methods = new VerificationMethodResolver(fetcher);
		this.keys = methods;
		this.status = new StatusCheck(fetcher, proofs, this.keys, clock);
		this.jwtKeys = new JwtIssuerKeys(fetcher, methods);
		this.clock = clock;
	}

	/** With the fast eddsa-rdfc-2022 path, the system clock and default input limits. */
	public CredentialVerifier(DocumentFetcher fetcher) {
		this(fetcher, new ProofVerifier(), Clock.systemUTC(), JsonInput.DEFAULT);
	}

	/** Verifies JSON text, a compact JWS (VC-JWT), a PNG or an SVG (recognised by their first bytes). */
	public VerificationReport verify(byte[] input, VerificationOptions options) {
		if (input.length > MAX_INPUT_BYTES) {
			return unreadable(VerificationMessage.of("badge.verify.parse.too-large", "The input is larger than {0,number,#} MB.",
					MAX_INPUT_BYTES / (1024 * 1024)));
		}
		BakedCredential baked;
		try {
			baked = unwrap(input);
		}
		catch (CredentialFormatException ex) {
			return unreadable(ex.detail());
		}
		return (baked.format() == BakedCredential.Format.JWT) ? verifyJwt(baked.text(), options)
				: verify(baked.text(), options);
	}

	/** Verifies a credential given as JSON text with an embedded proof. */
	public VerificationReport verify(String json, VerificationOptions options) {
		JsonObject credential;
		try {
			credential = this.limits.parseObject(json);
		}
		catch (CredentialFormatException ex) {
			return unreadable(ex.detail());
		}
		return report(credential, VerificationMessage.of("badge.verify.parse.json", "Read a JSON credential."),
				() -> proof(credential), options);
	}

	private VerificationReport verifyJwt(String compact, VerificationOptions options) {
		JsonObject payload;
		JsonObject credential;
		try {
			payload = VcJwt.payload(compact, this.limits);
			credential = JwtClaims.credential(payload);
		}
		catch (CredentialFormatException ex) {
			return unreadable(ex.detail());
		}
		String issuer = JsonFields.issuerId(credential);
		StepRun signature = () -> {
			JwtClaims.check(payload);
			String algorithm = VcJwt.verifySignature(compact, (kid, jwk) -> this.jwtKeys.find(kid, jwk, issuer));
			return new VerificationReport.Step("proof", StepStatus.PASSED, VerificationMessage.of("badge.verify.jwt.valid",
					"Valid VC-JWT signature ({0}) by a key of the issuer {1}; its iss, jti, sub, nbf and exp claims match"
							+ " the credential.", algorithm, issuer));
		};
		return report(credential, VerificationMessage.of("badge.verify.parse.jwt", "Read a VC-JWT credential."), signature,
				options);
	}

	private VerificationReport report(JsonObject credential, VerificationMessage parsed, StepRun proofStep,
			VerificationOptions options) {
		List<VerificationReport.Step> steps = new ArrayList<>();
		steps.add(new VerificationReport.Step("parse", StepStatus.PASSED, parsed));
		steps.add(guard("shape", () -> shape(credential)));
		steps.add(guard("proof", proofStep));
		steps.add(guard("refresh", () -> refresh(credential)));
		steps.add(guard("status", () -> this.status.check(credential)));
		steps.add(guard("validity", () -> ValidityCheck.check(credential, this.clock.instant())));
		steps.add(guard("recipient", () -> RecipientCheck.check(credential, options.recipientEmail())));
		steps.add(guard("endorsements", () -> EndorsementCheck.check(credential, this.proofs, this.keys)));
		return new VerificationReport(steps, credential);
	}

	private static BakedCredential unwrap(byte[] input) {
		if (input.length >= 8 && (input[0] & 0xff) == 0x89 && input[1] == 'P' && input[2] == 'N' && input[3] == 'G') {
			return new PngBaker().extract(input);
		}
		String text = new String(input, StandardCharsets.UTF_8).strip();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1).strip();
		}
		if (text.startsWith("<")) {
			return new SvgBaker().extract(input);
		}
		return BakedCredential.ofText(text);
	}

	private VerificationReport.Step shape(JsonObject credential) {
		ShapeCheck.Findings findings = ShapeCheck.check(credential);
		if (!findings.problems().isEmpty()) {
			return new VerificationReport.Step("shape", StepStatus.FAILED, VerificationMessage.of("badge.verify.shape.invalid",
					"Not a valid Open Badges 3.0 credential: {0}.", new VerificationMessage.Joined("; ", findings.problems())));
		}
		if (!findings.warnings().isEmpty()) {
			return new VerificationReport.Step("shape", StepStatus.WARNING, VerificationMessage.of("badge.verify.shape.warnings",
					"{0}.", new VerificationMessage.Joined("; ", findings.warnings())));
		}
		return new VerificationReport.Step("shape", StepStatus.PASSED, VerificationMessage.of("badge.verify.shape.valid",
				"Has the shape of an Open Badges 3.0 credential."));
	}

	private VerificationReport.Step proof(JsonObject credential) {
		ProofResult result = this.proofs.verify(credential, this.keys);
		return new VerificationReport.Step("proof", result.verified() ? StepStatus.PASSED : StepStatus.FAILED,
				result.detail());
	}

	private static VerificationReport.Step refresh(JsonObject credential) {
		if (!credential.containsKey("refreshService")) {
			return new VerificationReport.Step("refresh", StepStatus.SKIPPED, VerificationMessage.of(
					"badge.verify.refresh.none", "The credential has no refresh service."));
		}
		return new VerificationReport.Step("refresh", StepStatus.WARNING, VerificationMessage.of(
				"badge.verify.refresh.not-contacted", "The credential names a refresh service; it was not contacted."));
	}

	/** Runs a step so that nothing it throws can escape the report. */
	private static VerificationReport.Step guard(String name, StepRun run) {
		try {
			return run.run();
		}
		catch (RuntimeException | StackOverflowError ex) {
			VerificationMessage message = (ex instanceof CredentialFormatException format) ? format.detail()
					: VerificationMessage.of("badge.verify.incomplete", "The check could not be completed ({0}).",
							ex.getClass().getSimpleName());
			return new VerificationReport.Step(name, StepStatus.FAILED, message);
		}
	}

	private static VerificationReport unreadable(VerificationMessage message) {
		List<VerificationReport.Step> steps = new ArrayList<>();
		steps.add(new VerificationReport.Step("parse", StepStatus.FAILED, message));
		VerificationMessage notChecked = VerificationMessage.of("badge.verify.not-checked",
				"Not checked: the input could not be read.");
		for (String name : VerificationReport.STEP_NAMES.subList(1, VerificationReport.STEP_NAMES.size())) {
			steps.add(new VerificationReport.Step(name, StepStatus.SKIPPED, notChecked));
		}
		return new VerificationReport(steps, null);
	}

	@FunctionalInterface
	private interface StepRun {

		VerificationReport.Step run();

	}

}
