package org.microcred.badge.vc.verify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.status.StatusPurpose;

/**
 * What a status entry's value means: for a revocation or suspension list any set value, for a {@code message}
 * list the entry's {@code statusMessage} for that value ("revoked" and "suspended" fail, "valid" passes, anything
 * else is shown as a warning).
 */
final class StatusMessages {

	private static final VerificationMessage REVOKED = VerificationMessage.of("badge.verify.status.revoked",
			"The credential has been revoked by its issuer.");

	private static final VerificationMessage SUSPENDED = VerificationMessage.of("badge.verify.status.suspended",
			"The credential is suspended by its issuer.");

	private StatusMessages() {
	}

	/** The {@code statusMessage} array as value to message; null when absent or malformed. */
	static Map<Integer, String> of(JsonValue statusMessage) {
		if (!(statusMessage instanceof JsonArray array)) {
			return null;
		}
		Map<Integer, String> messages = new HashMap<>();
		for (JsonValue item : array) {
			String status = (item instanceof JsonObject object) ? JsonFields.text(object, "status") : null;
			String message = (item instanceof JsonObject object) ? JsonFields.text(object, "message") : null;
			if (status == null || message == null || !status.toLowerCase(Locale.ROOT).matches("0x[0-9a-f]{1,2}")) {
				return null;
			}
			messages.put(Integer.parseInt(status.substring(2), 16), message);
		}
		return messages;
	}

	/** @param where which list and index, said after the verdict */
	static VerificationReport.Step verdict(StatusPurpose purpose, int value, Map<Integer, String> messages,
			VerificationMessage where) {
		if (purpose != StatusPurpose.MESSAGE) {
			if (value != 0) {
				return StatusCheck.step(StepStatus.FAILED, purpose == StatusPurpose.REVOCATION ? REVOKED : SUSPENDED);
			}
			return StatusCheck.step(StepStatus.PASSED, purpose == StatusPurpose.REVOCATION
					? VerificationMessage.of("badge.verify.status.not-revoked", "Not revoked {0}", where)
					: VerificationMessage.of("badge.verify.status.not-suspended", "Not suspended {0}", where));
		}
		String message = (messages == null) ? null : messages.get(value);
		String meaning = (message == null) ? "" : message.strip().toLowerCase(Locale.ROOT);
		return switch (meaning) {
			case "revoked" -> StatusCheck.step(StepStatus.FAILED, REVOKED);
			case "suspended" -> StatusCheck.step(StepStatus.FAILED, SUSPENDED);
			case "valid" -> StatusCheck.step(StepStatus.PASSED, VerificationMessage.of("badge.verify.status.valid",
					"Valid: neither revoked nor suspended {0}", where));
			case "" -> StatusCheck.step(value == 0 ? StepStatus.PASSED : StepStatus.WARNING, VerificationMessage.of(
					"badge.verify.status.no-message", "Status value 0x{0} has no message {1}", Integer.toHexString(value),
					where));
			default -> StatusCheck.step(StepStatus.WARNING, VerificationMessage.of("badge.verify.status.issuer-message",
					"The issuer''s status message for this credential: \u201c{0}\u201d {1}", message.strip(), where));
		};
	}

}
