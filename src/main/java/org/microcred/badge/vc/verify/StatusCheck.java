package org.microcred.badge.vc.verify;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.proof.ProofResult;
import org.microcred.badge.vc.proof.ProofVerifier;
import org.microcred.badge.vc.proof.PublicKeyResolver;
import org.microcred.badge.vc.status.BitstringStatusList;
import org.microcred.badge.vc.status.StatusPurpose;

/**
 * Checks {@code credentialStatus}: for each {@code BitstringStatusListEntry}, fetches the status list
 * credential, verifies its proof and dates, decodes the list and reads the credential's entry (one bit, or
 * {@code statusSize} bits whose meaning the entry's {@code statusMessage} gives).
 */
final class StatusCheck {

	private final DocumentFetcher fetcher;

	private final ProofVerifier proofs;

	private final PublicKeyResolver keys;

	private final Clock clock;

	StatusCheck(DocumentFetcher fetcher, ProofVerifier proofs, PublicKeyResolver keys, Clock clock) {
		this.fetcher = fetcher;
		this.proofs = proofs;
		this.keys = keys;
		this.clock = clock;
	}

	VerificationReport.Step check(JsonObject credential) {
		String issuer = JsonFields.issuerId(credential);
		JsonValue status = credential.get("credentialStatus");
		if (status == null) {
			return step(StepStatus.SKIPPED, VerificationMessage.of("badge.verify.status.none",
					"The credential has no credentialStatus."));
		}
		List<JsonValue> entries = (status instanceof JsonArray array) ? array : List.of(status);
		List<VerificationMessage> notes = new ArrayList<>();
		StepStatus outcome = StepStatus.PASSED;
		for (JsonValue entry : entries) {
			VerificationReport.Step one = checkEntry(entry, issuer);
			notes.add(one.detail());
			if (one.status() == StepStatus.FAILED || (one.status() == StepStatus.WARNING && outcome == StepStatus.PASSED)) {
				outcome = one.status();
			}
		}
		return step(outcome, VerificationMessage.sentences(notes));
	}

	private VerificationReport.Step checkEntry(JsonValue entryValue, String issuer) {
		if (!(entryValue instanceof JsonObject entry)) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.entry-not-object",
					"A credentialStatus entry is not an object."));
		}
		if (!"BitstringStatusListEntry".equals(JsonFields.text(entry, "type"))) {
			return step(StepStatus.WARNING, VerificationMessage.of("badge.verify.status.unsupported-type",
					"Status type {0} is not supported; not checked.", String.valueOf(JsonFields.text(entry, "type"))));
		}
		StatusPurpose purpose = StatusPurpose.of(JsonFields.text(entry, "statusPurpose"));
		String listUrl = JsonFields.text(entry, "statusListCredential");
		int index = index(JsonFields.text(entry, "statusListIndex"));
		if (purpose == null || listUrl == null || index < 0) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.entry-incomplete",
					"The status entry needs statusPurpose revocation, suspension or message, statusListCredential and a"
							+ " non-negative integer statusListIndex (as a string)."));
		}
		int size = statusSize(entry.get("statusSize"));
		if (size < 1) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.size",
					"The status entry's statusSize must be a whole number from 1 to 8."));
		}
		Map<Integer, String> messages = StatusMessages.of(entry.get("statusMessage"));
		if (size > 1 && (messages == null || messages.size() != (1 << size))) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.messages-missing",
					"A status entry of {0,number,#} bits needs a statusMessage for each of its {1,number,#} values.", size,
					1 << size));
		}
		try {
			BitstringStatusList list = loadList(listUrl, purpose, issuer);
			if (list.entries(size) < BitstringStatusList.MIN_LENGTH) {
				return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.list-short",
						"The status list holds {0,number,#} entries of {1,number,#} bits; at least {2,number,#} are required.",
						list.entries(size), size, BitstringStatusList.MIN_LENGTH));
			}
			if (index >= list.entries(size)) {
				return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.index-outside",
						"Status index {0,number,#} is outside the list of {1,number,#}.", index, list.entries(size)));
			}
			return StatusMessages.verdict(purpose, list.value(index, size), messages, VerificationMessage.of(
					"badge.verify.status.where", "(status list {0}, index {1,number,#}).", listUrl, index));
		}
		catch (FetchException | CredentialFormatException | IllegalArgumentException ex) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.status.unchecked",
					"The status list {0} could not be checked: {1}", listUrl, VerificationMessage.of(ex)));
		}
	}

	/** 1 when absent; -1 when not a whole number from 1 to 8. */
	private static int statusSize(JsonValue value) {
		if (value == null) {
			return 1;
		}
		if (value instanceof JsonNumber number && number.isIntegral() && number.intValue() >= 1 && number.intValue() <= 8) {
			return number.intValue();
		}
		return -1;
	}

	/** The decoded list, once its credential proved to come, unexpired, from the credential's own issuer. */
	private BitstringStatusList loadList(String url, StatusPurpose purpose, String issuer) {
		JsonObject listCredential = JsonInput.DEFAULT.parseObject(this.fetcher.fetch(URI.create(url)));
		if (!JsonFields.strings(listCredential.get("type")).contains("BitstringStatusListCredential")) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.status.list-type",
					"it is not a BitstringStatusListCredential."));
		}
		String listIssuer = JsonFields.issuerId(listCredential);
		if (listIssuer == null || !listIssuer.equals(issuer)) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.status.list-issuer",
					"it was issued by {0}, not by the credential''s issuer.", String.valueOf(listIssuer)));
		}
		ProofResult proof = this.proofs.verify(listCredential, this.keys);
		if (!proof.verified()) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.status.list-proof",
					"its proof does not verify ({0})", proof.detail()));
		}
		String validUntil = JsonFields.text(listCredential, "validUntil");
		OffsetDateTime until = (validUntil == null) ? null : ShapeCheck.parseDate(validUntil);
		if (until != null && until.toInstant().isBefore(this.clock.instant())) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.status.list-expired",
					"the status list credential expired at {0}.", validUntil));
		}
		if (!(listCredential.get("credentialSubject") instanceof JsonObject subject)) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.status.list-subject",
					"it has no credentialSubject."));
		}
		if (!purpose.value().equals(JsonFields.text(subject, "statusPurpose"))) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.status.list-purpose",
					"its statusPurpose is {0}, not {1}.", String.valueOf(JsonFields.text(subject, "statusPurpose")),
					purpose.value()));
		}
		return BitstringStatusList.decode(JsonFields.text(subject, "encodedList"));
	}


	private static int index(String value) {
		if (value == null || !value.matches("\\d{1,9}")) {
			return -1;
		}
		return Integer.parseInt(value);
	}


	static VerificationReport.Step step(StepStatus status, VerificationMessage message) {
		return new VerificationReport.Step("status", status, message);
	}

}
