package org.microcred.badge.vc.verify;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.proof.ProofVerifier;
import org.microcred.badge.vc.proof.PublicKeyResolver;

/**
 * Endorsements embedded in the credential, its issuer or its achievement: each is a credential of its own,
 * and its proof is checked. An endorsement that does not verify is a warning, not a reason to reject the
 * endorsed credential.
 */
final class EndorsementCheck {

	private static final int MAX_ENDORSEMENTS = 10;

	private EndorsementCheck() {
	}

	static VerificationReport.Step check(JsonObject credential, ProofVerifier proofs, PublicKeyResolver keys) {
		List<JsonValue> endorsements = new ArrayList<>();
		collect(credential, endorsements);
		collect(credential.get("issuer"), endorsements);
		if (credential.get("credentialSubject") instanceof JsonObject subject) {
			collect(subject.get("achievement"), endorsements);
		}
		if (endorsements.isEmpty()) {
			return step(StepStatus.SKIPPED, VerificationMessage.of("badge.verify.endorsements.none",
					"The credential carries no endorsements."));
		}
		if (endorsements.size() > MAX_ENDORSEMENTS) {
			return step(StepStatus.WARNING, VerificationMessage.of("badge.verify.endorsements.too-many",
					"The credential carries {0,number,#} endorsements; they were not checked (at most {1,number,#} are).",
					endorsements.size(), MAX_ENDORSEMENTS));
		}
		int verified = 0;
		for (JsonValue endorsement : endorsements) {
			if (endorsement instanceof JsonObject object
					&& JsonFields.strings(object.get("type")).contains("EndorsementCredential")
					&& proofs.verify(object, keys).verified()) {
				verified++;
			}
		}
		return (verified == endorsements.size())
				? step(StepStatus.PASSED, VerificationMessage.of("badge.verify.endorsements.all",
						"All {0,number,#} endorsements verify.", verified))
				: step(StepStatus.WARNING, VerificationMessage.of("badge.verify.endorsements.some",
						"{0,number,#} of {1,number,#} endorsements verify.", verified, endorsements.size()));
	}

	private static void collect(JsonValue holder, List<JsonValue> out) {
		if (holder instanceof JsonObject object && object.get("endorsement") instanceof JsonArray list) {
			out.addAll(list);
		}
	}

	private static VerificationReport.Step step(StepStatus status, VerificationMessage message) {
		return new VerificationReport.Step("endorsements", status, message);
	}

}
