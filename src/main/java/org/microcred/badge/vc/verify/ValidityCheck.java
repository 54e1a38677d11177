package org.microcred.badge.vc.verify;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.microcred.badge.vc.VerificationMessage;

/** {@code validFrom} must have passed and {@code validUntil}, when present, must not have. */
final class ValidityCheck {

	private ValidityCheck() {
	}

	static VerificationReport.Step check(JsonObject credential, Instant now) {
		OffsetDateTime from = date(credential, "validFrom");
		OffsetDateTime until = date(credential, "validUntil");
		if (from == null && credential.containsKey("validFrom") || until == null && credential.containsKey("validUntil")) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.validity.not-date",
					"A validity date is not a date-time with a time zone."));
		}
		if (from != null && from.toInstant().isAfter(now)) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.validity.not-yet",
					"The credential is not yet valid: it is valid from {0}.", from.toString()));
		}
		if (until != null && until.toInstant().isBefore(now)) {
			return step(StepStatus.FAILED, VerificationMessage.of("badge.verify.validity.expired",
					"The credential expired on {0}.", until.toString()));
		}
		if (from == null) {
			return step(StepStatus.WARNING, VerificationMessage.of("badge.verify.validity.no-from",
					"The credential has no validFrom date."));
		}
		return step(StepStatus.PASSED, (until == null)
				? VerificationMessage.of("badge.verify.validity.from", "Valid from {0}.", from.toString())
				: VerificationMessage.of("badge.verify.validity.from-until", "Valid from {0} until {1}.", from.toString(),
						until.toString()));
	}

	private static OffsetDateTime date(JsonObject credential, String field) {
		return (credential.get(field) instanceof JsonString string) ? ShapeCheck.parseDate(string.getString()) : null;
	}

	private static VerificationReport.Step step(StepStatus status, VerificationMessage message) {
		return new VerificationReport.Step("validity", status, message);
	}

}
