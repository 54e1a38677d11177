package org.microcred.badge.vc.verify;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** {@code validFrom} must have passed and {@code validUntil}, when present, must not have. */
final class ValidityCheck {

	private ValidityCheck() {
	}

	static VerificationReport.Step check(JsonObject credential, Instant now) {
		OffsetDateTime from = date(credential, "validFrom");
		OffsetDateTime until = date(credential, "validUntil");
		if (from == null && credential.containsKey("validFrom") || until == null && credential.containsKey("validUntil")) {
			return step(StepStatus.FAILED, "A validity date is not a date-time with a time zone.");
		}
		if (from != null && from.toInstant().isAfter(now)) {
			return step(StepStatus.FAILED, "The credential is not yet valid: it is valid from " + from + ".");
		}
		if (until != null && until.toInstant().isBefore(now)) {
			return step(StepStatus.FAILED, "The credential expired on " + until + ".");
		}
		if (from == null) {
			return step(StepStatus.WARNING, "The credential has no validFrom date.");
		}
		return step(StepStatus.PASSED, "Valid from " + from + (until == null ? "" : " until " + until) + ".");
	}

	private static OffsetDateTime date(JsonObject credential, String field) {
		return (credential.get(field) instanceof JsonString string) ? ShapeCheck.parseDate(string.getString()) : null;
	}

	private static VerificationReport.Step step(StepStatus status, String message) {
		return new VerificationReport.Step("validity", status, message);
	}

}
